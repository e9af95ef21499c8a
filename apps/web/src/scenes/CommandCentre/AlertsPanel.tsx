import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { describeEvent } from '../../lib/live-events.ts';
import { useLive } from '../../lib/live-provider.tsx';
import { useClaims, usePlatformNames } from '../../lib/queries.ts';

/** Current claims and the deconfliction alerts raised today (two teams on one target). */
export function AlertsPanel({ operationId }: { operationId: string }) {
  const claims = useClaims(operationId);
  const { events } = useLive();
  const resolve = usePlatformNames(operationId);
  const alerts = events.filter((event) => event.type === 'alert.deconfliction');
  const list = claims.data ?? [];
  return (
    <Paper withBorder p="md" data-testid="claims-panel">
      <Title order={4} mb="xs">
        Claims and alerts
      </Title>
      <Stack gap="xs">
        {alerts.map((event) => (
          <Alert key={event.id} color="red" p="xs" data-testid="deconfliction-alert">
            <Text size="sm">{describeEvent(event, resolve)}</Text>
          </Alert>
        ))}
        {claims.isError && <Alert color="red">Could not load claims: {claims.error.message}</Alert>}
        {list.length === 0 && claims.isSuccess && (
          <Text size="sm" c="dimmed">
            No claims yet.
          </Text>
        )}
        {list.length > 0 && (
          <Table.ScrollContainer minWidth={300} mah={260}>
            <Table striped fz="sm">
              <Table.Tbody>
                {list.slice(0, 50).map((claim) => (
                  <Table.Tr key={claim.id} data-testid={`claim-${claim.id}`}>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Badge size="xs" variant="light">
                          {claim.targetType}
                        </Badge>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {resolve(claim.targetType, claim.targetKey) ?? claim.targetKey}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {claim.teamName ?? claim.userName}
                      {claim.country ? ` (${claim.country})` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
