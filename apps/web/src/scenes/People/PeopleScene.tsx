import { Badge, Button, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { hasPermission, word } from '../../lib/format.ts';
import { usePeople } from '../../lib/queries.ts';
import { detailPath } from '../../lib/route.ts';
import { navigate } from '../../lib/router.ts';
import { useUser } from '../../lib/session.ts';
import type { Operation } from '../../lib/types.ts';
import { AddPersonForm } from './AddPersonForm.tsx';

const TABS = [
  { role: 'suspect', label: 'Suspects' },
  { role: 'victim', label: 'Possible victims' },
  { role: 'username', label: 'Usernames' },
] as const;

export function PeopleScene({ operation }: { operation: Operation }) {
  const user = useUser();
  const mayReadVictims = hasPermission(user, 'person.read_victim');
  const tabs = TABS.filter((tab) => tab.role !== 'victim' || mayReadVictims);
  const [role, setRole] = useState<string>('suspect');
  const [adding, setAdding] = useState(false);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>People</Title>
        {hasPermission(user, 'person.create') && <Button onClick={() => setAdding(true)}>Add person</Button>}
      </Group>
      <Tabs value={role} onChange={(value) => setRole(value ?? 'suspect')}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.role} value={tab.role} data-testid={`people-tab-${tab.role}`}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <PeopleTable operationId={operation.id} role={role} />
      <AddPersonForm
        operation={operation}
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={setRole}
      />
    </Stack>
  );
}

function PeopleTable({ operationId, role }: { operationId: string; role: string }) {
  const people = usePeople(operationId, role);
  return (
    <QueryState query={people} label="people">
      {(list) => (
        <Table.ScrollContainer minWidth={720}>
          <Table highlightOnHover fz="sm" data-testid={`people-table-${role}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name / username</Table.Th>
                <Table.Th>Nationality</Table.Th>
                <Table.Th>Flags</Table.Th>
                {role === 'victim' && <Table.Th>Safeguarding</Table.Th>}
                <Table.Th>Owner</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((person) => (
                <Table.Tr
                  key={person.id}
                  data-testid={`person-row-${person.id}`}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(detailPath('people', person.id))}
                >
                  <Table.Td>
                    <RouteLink to={detailPath('people', person.id)} size="sm">
                      {person.name || person.username || '(unnamed)'}
                    </RouteLink>
                    {person.username ? (
                      <Text span c="dimmed" ff="monospace">
                        {' '}
                        @{person.username}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{person.nationality ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {person.focusGroup && <Badge size="xs">focus group</Badge>}
                      {person.linkedToExploitation && (
                        <Badge size="xs" color="red">
                          linked to exploitation
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {role === 'victim' && <Table.Td>{word(person.safeguardingStatus)}</Table.Td>}
                  <Table.Td>
                    {person.ownerCountry ?? '—'} · {word(person.handling)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.length === 0 && (
            <Text c="dimmed" size="sm" p="sm">
              Nobody recorded yet.
            </Text>
          )}
        </Table.ScrollContainer>
      )}
    </QueryState>
  );
}
