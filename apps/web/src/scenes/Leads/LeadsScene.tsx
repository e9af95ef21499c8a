import { Badge, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { LEAD_STATUSES } from '@vigil/model';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { formatTime, options, word } from '../../lib/format.ts';
import { useLeads } from '../../lib/queries.ts';
import { detailPath } from '../../lib/route.ts';
import { navigate } from '../../lib/router.ts';
import type { Operation } from '../../lib/types.ts';

export const STATUS_COLOR: Record<string, string> = {
  new: 'blue',
  in_progress: 'orange',
  referred: 'grape',
  closed: 'gray',
};

export function LeadsScene({ operation }: { operation: Operation }) {
  const leads = useLeads(operation.id);
  const [status, setStatus] = useState('');
  return (
    <Stack>
      <Title order={2}>Leads</Title>
      <Text size="sm" c="dimmed">
        Create a lead from an item or a person (button on their page).
      </Text>
      <NativeSelect
        label="Filter by status"
        w={220}
        data={[{ value: '', label: 'Any' }, ...options(LEAD_STATUSES)]}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value)}
      />
      <QueryState query={leads} label="leads">
        {(list) => (
          <Table.ScrollContainer minWidth={760}>
            <Table highlightOnHover fz="sm" data-testid="leads-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Lead</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Assignee</Table.Th>
                  <Table.Th>Source</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Created</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list
                  .filter((lead) => !status || lead.status === status)
                  .map((lead) => (
                    <Table.Tr
                      key={lead.id}
                      data-testid={`lead-row-${lead.id}`}
                      style={{ cursor: 'pointer' }}
                      onClick={() => navigate(detailPath('leads', lead.id))}
                    >
                      <Table.Td>
                        <RouteLink to={detailPath('leads', lead.id)} size="sm">
                          {lead.title}
                        </RouteLink>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[lead.status] ?? 'gray'}>{word(lead.status)}</Badge>
                      </Table.Td>
                      <Table.Td>{lead.assigneeName ?? '—'}</Table.Td>
                      <Table.Td>{lead.sourceType}</Table.Td>
                      <Table.Td>
                        {lead.ownerCountry ?? '—'} · {word(lead.handling)}
                      </Table.Td>
                      <Table.Td>{formatTime(lead.createdAt)}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
            {list.length === 0 && (
              <Text c="dimmed" size="sm" p="sm">
                No leads yet.
              </Text>
            )}
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
