import { Badge, Button, Group, NativeSelect, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { formatTime, hasPermission, word } from '../../lib/format.ts';
import { useItems, usePlatforms } from '../../lib/queries.ts';
import { detailPath } from '../../lib/route.ts';
import { navigate } from '../../lib/router.ts';
import { useUser } from '../../lib/session.ts';
import type { Operation } from '../../lib/types.ts';
import { AddItemForm } from './AddItemForm.tsx';
import { ImportItemsForm } from './ImportItemsForm.tsx';
import { scoreColor } from './score-color.ts';

export function ItemsScene({ operation }: { operation: Operation }) {
  const user = useUser();
  const [minScore, setMinScore] = useState<number | ''>('');
  const [platformId, setPlatformId] = useState('');
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const platforms = usePlatforms(operation.id);
  const items = useItems(operation.id, {
    ...(minScore !== '' ? { minScore } : {}),
    ...(platformId ? { platformId } : {}),
    limit: 200,
  });
  const platformName = new Map((platforms.data ?? []).map((p) => [p.id, p.name]));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Items</Title>
        {hasPermission(user, 'item.create') && (
          <Group>
            <Button onClick={() => setAdding(true)}>Add item</Button>
            <Button variant="light" onClick={() => setImporting(true)}>
              Import items
            </Button>
          </Group>
        )}
      </Group>
      <Group align="flex-end">
        <NumberInput
          label="Minimum score"
          min={0}
          max={100}
          w={140}
          value={minScore}
          onChange={(value) => setMinScore(typeof value === 'number' ? value : '')}
        />
        <NativeSelect
          label="Platform"
          data={[
            { value: '', label: 'Any' },
            ...(platforms.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          value={platformId}
          onChange={(event) => setPlatformId(event.currentTarget.value)}
        />
      </Group>
      <QueryState query={items} label="items">
        {(list) => (
          <Table.ScrollContainer minWidth={800}>
            <Table highlightOnHover fz="sm" data-testid="items-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Score</Table.Th>
                  <Table.Th>Item</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Platform</Table.Th>
                  <Table.Th>Captured</Table.Th>
                  <Table.Th>Owner</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...list]
                  .sort((a, b) => b.score - a.score)
                  .map((item) => (
                    <Table.Tr
                      key={item.id}
                      data-testid={`item-row-${item.id}`}
                      style={{ cursor: 'pointer' }}
                      onClick={() => navigate(detailPath('items', item.id))}
                    >
                      <Table.Td>
                        <Badge color={scoreColor(item.score)}>{item.score}</Badge>
                      </Table.Td>
                      <Table.Td maw={480}>
                        <RouteLink to={detailPath('items', item.id)} size="sm" fw={600} lineClamp={1}>
                          {item.title || '(untitled)'}
                        </RouteLink>
                        <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                          {item.snippet}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {word(item.kind)}
                        {item.lang ? ` · ${item.lang}` : ''}
                      </Table.Td>
                      <Table.Td>
                        {item.platformId ? (platformName.get(item.platformId) ?? '…') : '—'}
                      </Table.Td>
                      <Table.Td>{formatTime(item.capturedAt)}</Table.Td>
                      <Table.Td>
                        {item.ownerCountry ?? '—'} · {word(item.handling)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
            {list.length === 0 && (
              <Text c="dimmed" size="sm" p="sm">
                No items match.
              </Text>
            )}
          </Table.ScrollContainer>
        )}
      </QueryState>
      <AddItemForm operation={operation} opened={adding} onClose={() => setAdding(false)} />
      <ImportItemsForm operation={operation} opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
