import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatTime, word } from '../../lib/format.ts';
import { setOperationId, useCurrentOperation, useOperations } from '../../lib/operation-store.ts';
import { navigate } from '../../lib/router.ts';
import { DemoLoader } from './DemoLoader.tsx';

/** Pick the operation to work in; on an empty install, offer the synthetic demo. */
export function OperationsScene() {
  const operations = useOperations();
  const { operation: current } = useCurrentOperation();
  const list = operations.data ?? [];

  return (
    <Stack>
      <Title order={2}>Operations</Title>
      {operations.isError && (
        <Alert color="red">Could not load operations: {String(operations.error.message)}</Alert>
      )}
      {operations.isSuccess && list.length === 0 && (
        <Alert color="blue" title="No operation yet">
          There is no operation you can see. A coordinator creates one, or loads the synthetic demo.
        </Alert>
      )}
      <DemoLoader />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list.map((op) => (
          <Card key={op.id} withBorder data-testid={`operation-${op.id}`}>
            <Group justify="space-between">
              <Text fw={600}>{op.name}</Text>
              <Group gap={4}>
                {op.synthetic && <Badge color="grape">synthetic</Badge>}
                {current?.id === op.id && <Badge>current</Badge>}
              </Group>
            </Group>
            <Text size="sm" c="dimmed">
              {formatTime(op.startsAt)} – {formatTime(op.endsAt)}
            </Text>
            {op.description && <Text size="sm">{op.description}</Text>}
            <Text size="sm">Focus: {op.focus.map(word).join(', ') || '—'}</Text>
            {op.focusGroup && <Text size="sm">Focus group: {op.focusGroup.label}</Text>}
            <Text size="sm">
              {op.countries.length} countries{op.teams ? ` · ${op.teams.length} teams` : ''}
            </Text>
            <Button
              mt="sm"
              variant={current?.id === op.id ? 'light' : 'filled'}
              onClick={() => {
                setOperationId(op.id);
                navigate('/');
              }}
            >
              Open command centre
            </Button>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
