import { Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { PLATFORM_STATUSES } from '@vigil/model';
import { useState } from 'react';
import { hasPermission, options, word } from '../../lib/format.ts';
import { useUser } from '../../lib/session.ts';
import { teamName } from '../../lib/teams.ts';
import type { Operation, Platform } from '../../lib/types.ts';
import { ClaimCell } from './ClaimCell.tsx';
import { FlagModal } from './FlagModal.tsx';
import { useAssignTeam } from './platform-mutations.ts';
import { StatusChangeModal } from './StatusChangeModal.tsx';

export function PlatformRow({
  platform,
  operation,
  onHistory,
}: {
  platform: Platform;
  operation: Operation;
  onHistory: () => void;
}) {
  const user = useUser();
  const [nextStatus, setNextStatus] = useState<string | null>(null);
  const [flagging, setFlagging] = useState(false);
  const assign = useAssignTeam(operation.id);
  const mayAssign = hasPermission(user, 'platform.assign');

  return (
    <Table.Tr data-testid={`platform-row-${platform.id}`} data-status={platform.status}>
      <Table.Td>
        <Stack gap={2}>
          <Group gap={4}>
            <Text fw={600} size="sm">
              {platform.name}
            </Text>
            {platform.flaggedForFollowUp && (
              <Badge size="xs" color="orange" data-testid="flagged">
                follow-up
              </Badge>
            )}
            {platform.cse && (
              <Badge size="xs" color="red">
                CSE
              </Badge>
            )}
          </Group>
          {platform.addresses.length > 0 && (
            // Addresses are shown as text: opening them from an analyst's browser would expose it.
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {platform.addresses.join(' · ')}
            </Text>
          )}
          {platform.targetGroups.length > 0 && (
            <Text size="xs" c="dimmed">
              targets: {platform.targetGroups.join(', ')}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{word(platform.kind)}</Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label="Status"
          size="xs"
          data={options(PLATFORM_STATUSES)}
          value={platform.status}
          disabled={!hasPermission(user, 'platform.status')}
          onChange={(event) => {
            if (event.currentTarget.value !== platform.status) setNextStatus(event.currentTarget.value);
          }}
        />
      </Table.Td>
      <Table.Td>
        {mayAssign ? (
          <NativeSelect
            aria-label="Team"
            size="xs"
            data={[
              { value: '', label: '—' },
              ...operation.teams.map((team) => ({ value: team.id, label: team.name })),
            ]}
            value={platform.teamId ?? ''}
            disabled={assign.isPending}
            onChange={(event) =>
              assign.mutate({ platform, values: { teamId: event.currentTarget.value || null } })
            }
          />
        ) : (
          <Text size="sm">{teamName(operation, platform.teamId)}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <ClaimCell platform={platform} operation={operation} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {hasPermission(user, 'platform.status') && (
            <Button size="compact-xs" variant="light" color="orange" onClick={() => setFlagging(true)}>
              {platform.flaggedForFollowUp ? 'Unflag' : 'Flag'}
            </Button>
          )}
          <Button size="compact-xs" variant="subtle" onClick={onHistory}>
            History
          </Button>
        </Group>
      </Table.Td>
      <StatusChangeModal
        platform={platform}
        operationId={operation.id}
        status={nextStatus}
        onClose={() => setNextStatus(null)}
      />
      <FlagModal
        platform={platform}
        operationId={operation.id}
        opened={flagging}
        onClose={() => setFlagging(false)}
      />
    </Table.Tr>
  );
}
