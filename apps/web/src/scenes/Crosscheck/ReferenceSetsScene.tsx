import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState.tsx';
import { formatTime, hasPermission } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { keys } from '../../lib/query-keys.ts';
import { useUser } from '../../lib/session.ts';
import type { Operation } from '../../lib/types.ts';
import { deleteSet, type ReferenceSet, useReferenceSets } from './crosscheck-api.ts';
import { ExportFilterModal } from './ExportFilterModal.tsx';
import { VALIDITY_COLOR } from './hit-display.ts';
import { ImportFilterModal } from './ImportFilterModal.tsx';
import { ImportSetModal } from './ImportSetModal.tsx';
import { SharingKeysPanel } from './SharingKeysPanel.tsx';

/** Watchlists and reference data the operation checks against, with owner, validity and hits. */
export function ReferenceSetsScene({ operation }: { operation: Operation }) {
  const sets = useReferenceSets(operation.id);
  const user = useUser();
  const mayImport = hasPermission(user, 'reference.import');
  const [importing, setImporting] = useState(false);
  const [importingFilter, setImportingFilter] = useState(false);
  const [replacing, setReplacing] = useState<ReferenceSet | null>(null);
  const [sharing, setSharing] = useState<ReferenceSet | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Reference sets</Title>
        {mayImport && (
          <Group>
            <Button onClick={() => setImporting(true)}>Import set</Button>
            <Button variant="light" onClick={() => setImportingFilter(true)}>
              Import filter
            </Button>
          </Group>
        )}
      </Group>
      <QueryState query={sets} label="reference sets">
        {(list) => (
          <Table.ScrollContainer minWidth={900}>
            <Table fz="sm" data-testid="sets-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Set</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Handling</Table.Th>
                  <Table.Th>Validity</Table.Th>
                  <Table.Th>Values</Table.Th>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Hits</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((set) => (
                  <SetRow
                    key={set.id}
                    set={set}
                    operationId={operation.id}
                    mine={mayImport && set.kind === 'plain' && set.ownerCountry === user?.country}
                    onNewVersion={() => setReplacing(set)}
                    onExportFilter={() => setSharing(set)}
                  />
                ))}
              </Table.Tbody>
            </Table>
            {list.length === 0 && (
              <Text c="dimmed" size="sm" p="sm">
                No reference sets yet.
              </Text>
            )}
          </Table.ScrollContainer>
        )}
      </QueryState>
      {importing && <ImportSetModal operationId={operation.id} opened onClose={() => setImporting(false)} />}
      {replacing && (
        <ImportSetModal
          operationId={operation.id}
          replacing={replacing}
          opened
          onClose={() => setReplacing(null)}
        />
      )}
      {importingFilter && (
        <ImportFilterModal operationId={operation.id} opened onClose={() => setImportingFilter(false)} />
      )}
      {sharing && (
        <ExportFilterModal set={sharing} operationId={operation.id} onClose={() => setSharing(null)} />
      )}
      {hasPermission(user, 'key.manage') && <SharingKeysPanel />}
    </Stack>
  );
}

function SetRow({
  set,
  operationId,
  mine,
  onNewVersion,
  onExportFilter,
}: {
  set: ReferenceSet;
  operationId: string;
  /** The reader may replace, delete and share the set (owner country, reference.import, plain). */
  mine: boolean;
  onNewVersion: () => void;
  onExportFilter: () => void;
}) {
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteSet(set.id),
    onSuccess: () => {
      notifySuccess(`Set "${set.name}" deleted`);
      void client.invalidateQueries({ queryKey: keys.referenceSets(operationId) });
      void client.invalidateQueries({ queryKey: keys.hits(operationId) });
    },
    onError: (error) => notifyError(error, 'Could not delete the set'),
  });
  return (
    <Table.Tr data-testid={`set-row-${set.id}`} data-validity={set.validity}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {set.name}
        </Text>
        <Text size="xs" c="dimmed">
          {set.kind === 'filter'
            ? `keyed filter · p ≈ ${set.filter?.fpRate?.toExponential(1) ?? '?'}`
            : set.sourceFormat}
          {set.scope === 'global' ? ' · all operations' : ''}
        </Text>
      </Table.Td>
      <Table.Td>{set.ownerCountry}</Table.Td>
      <Table.Td>{set.handling}</Table.Td>
      <Table.Td>
        <Badge color={VALIDITY_COLOR[set.validity]} variant="light">
          {set.validity}
        </Badge>
        <Text size="xs" c="dimmed">
          {formatTime(set.validFrom)} – {set.validUntil ? formatTime(set.validUntil) : 'open'}
        </Text>
      </Table.Td>
      <Table.Td>{set.valueCount.toLocaleString()}</Table.Td>
      <Table.Td>{set.version}</Table.Td>
      <Table.Td data-testid={`set-hits-${set.id}`}>{set.hitCount ?? 0}</Table.Td>
      <Table.Td>
        {mine && (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="light" onClick={onNewVersion}>
              New version
            </Button>
            <Button
              size="xs"
              variant="light"
              onClick={onExportFilter}
              data-testid={`set-export-filter-${set.id}`}
            >
              Export filter
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Delete
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
