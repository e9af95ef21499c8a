import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatTime, hasPermission, word } from '../../lib/format.ts';
import { setOperationId, useCurrentOperation, useOperations } from '../../lib/operation-store.ts';
import { navigate } from '../../lib/router.ts';
import { useUser } from '../../lib/session.ts';
import type { OperationSummary } from '../../lib/types.ts';
import { DemoLoader } from './DemoLoader.tsx';
import { OperationForm } from './OperationForm.tsx';
import { TeamsPanel } from './TeamsPanel.tsx';

/** Pick the operation to work in; on an empty install, offer the synthetic demo. */
export function OperationsScene() {
  const operations = useOperations();
  const { operation: current } = useCurrentOperation();
  const list = operations.data ?? [];
  const user = useUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<OperationSummary | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Operations</Title>
        {hasPermission(user, 'operation.create') && (
          <Button onClick={() => setCreating(true)}>New operation</Button>
        )}
      </Group>
      {creating && <OperationForm opened onClose={() => setCreating(false)} />}
      {editing && (
        <OperationForm key={editing.id} operation={editing} opened onClose={() => setEditing(null)} />
      )}
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
            <Group mt="sm">
              <Button
                variant={current?.id === op.id ? 'light' : 'filled'}
                onClick={() => {
                  setOperationId(op.id);
                  navigate('/');
                }}
              >
                Open command centre
              </Button>
              {hasPermission(user, 'operation.update') && (
                <Button variant="default" onClick={() => setEditing(op)} aria-label={`Edit ${op.name}`}>
                  Edit
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </SimpleGrid>
      {current && hasPermission(user, 'team.manage') && <TeamsPanel operation={current} />}
    </Stack>
  );
}
