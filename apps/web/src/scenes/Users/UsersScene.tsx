import { Alert, Badge, Group, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api.ts';
import { hasPermission } from '../../lib/format.ts';
import { useUser } from '../../lib/session.ts';
import { AddAgencyForm } from './AddAgencyForm.tsx';
import { AddUserForm } from './AddUserForm.tsx';
import { EditUserButton } from './EditUserButton.tsx';
import { UserActiveButton } from './UserActiveButton.tsx';
import { AGENCIES_KEY, type Agency, USERS_KEY, type UserRow } from './users-data.ts';

/**
 * Administrators add agencies and users (role, country, agency), edit and deactivate them;
 * everyone else is told why not.
 */
export function UsersScene() {
  const user = useUser();
  const allowed = hasPermission(user, 'user.manage');
  const users = useQuery({
    queryKey: USERS_KEY,
    queryFn: () => get<UserRow[]>('/api/users'),
    enabled: allowed,
  });
  const agencies = useQuery({
    queryKey: AGENCIES_KEY,
    queryFn: () => get<Agency[]>('/api/agencies'),
    enabled: allowed,
  });
  if (!allowed) return <Alert color="gray">Only administrators manage users.</Alert>;
  const agencyName = new Map((agencies.data ?? []).map((agency) => [agency.id, agency.name]));

  return (
    <Stack>
      <Title order={2}>Users</Title>
      <Group align="flex-start" grow>
        <AddUserForm agencies={agencies.data ?? []} />
        <AddAgencyForm />
      </Group>
      {users.isError && <Alert color="red">Could not load users: {users.error.message}</Alert>}
      <Table striped data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Country</Table.Th>
            <Table.Th>Agency</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(users.data ?? []).map((row) => (
            <Table.Tr
              key={row.id}
              data-testid="user-row"
              data-email={row.email}
              data-active={row.active ? 'true' : 'false'}
            >
              <Table.Td>
                {row.name} {!row.active && <Badge color="gray">inactive</Badge>}
              </Table.Td>
              <Table.Td>{row.email}</Table.Td>
              <Table.Td>{row.role}</Table.Td>
              <Table.Td>{row.country ?? '—'}</Table.Td>
              <Table.Td>{(row.agencyId && agencyName.get(row.agencyId)) ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <EditUserButton user={row} agencies={agencies.data ?? []} />
                  <UserActiveButton user={row} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
