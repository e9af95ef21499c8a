import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState.tsx';
import { hasPermission } from '../../lib/format.ts';
import { usePlatforms } from '../../lib/queries.ts';
import { useUser } from '../../lib/session.ts';
import type { Operation, Platform } from '../../lib/types.ts';
import { AddPlatformForm } from './AddPlatformForm.tsx';
import { HistoryDrawer } from './HistoryDrawer.tsx';
import { ImportPlatformsForm } from './ImportPlatformsForm.tsx';
import { PlatformFilters } from './PlatformFilters.tsx';
import { PlatformRow } from './PlatformRow.tsx';
import { EMPTY_FILTER, filterPlatforms } from './platform-filter.ts';

export function PlatformsScene({ operation }: { operation: Operation }) {
  const platforms = usePlatforms(operation.id);
  const user = useUser();
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [history, setHistory] = useState<Platform | null>(null);
  const mayCreate = hasPermission(user, 'platform.create');

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Platforms</Title>
        {mayCreate && (
          <Group>
            <Button onClick={() => setAdding(true)}>Add platform</Button>
            <Button variant="light" onClick={() => setImporting(true)}>
              Import CSV
            </Button>
          </Group>
        )}
      </Group>
      <PlatformFilters operation={operation} filter={filter} onChange={setFilter} />
      <QueryState query={platforms} label="platforms">
        {(list) => {
          const shown = filterPlatforms(list, filter);
          return (
            <>
              <Text size="sm" c="dimmed">
                {shown.length} of {list.length} platforms
              </Text>
              <Table.ScrollContainer minWidth={960}>
                <Table striped highlightOnHover fz="sm" data-testid="platforms-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Platform</Table.Th>
                      <Table.Th>Kind</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Team</Table.Th>
                      <Table.Th>Claims</Table.Th>
                      <Table.Th>Actions</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((platform) => (
                      <PlatformRow
                        key={platform.id}
                        platform={platform}
                        operation={operation}
                        onHistory={() => setHistory(platform)}
                      />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          );
        }}
      </QueryState>
      <AddPlatformForm operationId={operation.id} opened={adding} onClose={() => setAdding(false)} />
      <ImportPlatformsForm
        operationId={operation.id}
        opened={importing}
        onClose={() => setImporting(false)}
      />
      <HistoryDrawer platform={history} onClose={() => setHistory(null)} />
    </Stack>
  );
}
