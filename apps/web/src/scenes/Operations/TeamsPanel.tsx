import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { del, get, post } from '../../lib/api.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { keys } from '../../lib/query-keys.ts';
import type { Operation, Team } from '../../lib/types.ts';

interface DirectoryEntry {
  id: string;
  name: string;
  country: string | null;
  role: string;
}

const DIRECTORY_KEY = ['users', 'directory'] as const;

/** Teams of an operation with their members; coordinators add teams and members and remove members. */
export function TeamsPanel({ operation }: { operation: Operation }) {
  const client = useQueryClient();
  const directory = useQuery({
    queryKey: DIRECTORY_KEY,
    queryFn: () => get<DirectoryEntry[]>('/api/users/directory'),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: keys.operation(operation.id) });
  const [teamName, setTeamName] = useState('');
  const [teamCountry, setTeamCountry] = useState('');
  const addTeam = useMutation({
    mutationFn: () =>
      post(`/api/operations/${encodeURIComponent(operation.id)}/teams`, {
        name: teamName.trim(),
        ...(teamCountry.trim() ? { country: teamCountry.trim().toUpperCase() } : {}),
      }),
    onSuccess: () => {
      notifySuccess(`Team ${teamName.trim()} added`);
      setTeamName('');
      setTeamCountry('');
      refresh();
    },
    onError: (error) => notifyError(error, 'Could not add the team'),
  });
  const submitTeam = (event: FormEvent) => {
    event.preventDefault();
    addTeam.mutate();
  };

  return (
    <Card withBorder data-testid="teams-panel">
      <Stack>
        <Title order={3}>Teams of {operation.name}</Title>
        {operation.teams.length === 0 && <Text c="dimmed">No teams yet.</Text>}
        {operation.teams.map((team) => (
          <TeamCard key={team.id} team={team} directory={directory.data ?? []} onChanged={refresh} />
        ))}
        <form onSubmit={submitTeam} aria-label="Add team">
          <Group align="flex-end">
            <TextInput
              label="Team name"
              required
              value={teamName}
              onChange={(e) => setTeamName(e.currentTarget.value)}
            />
            <TextInput
              label="Team country"
              description="e.g. NL"
              w={120}
              value={teamCountry}
              onChange={(e) => setTeamCountry(e.currentTarget.value)}
            />
            <Button type="submit" loading={addTeam.isPending}>
              Add team
            </Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}

function TeamCard({
  team,
  directory,
  onChanged,
}: {
  team: Team;
  directory: DirectoryEntry[];
  onChanged: () => void;
}) {
  const [userId, setUserId] = useState('');
  const members = new Set(team.members.map((member) => member.id));
  const candidates = directory.filter((user) => !members.has(user.id));
  const add = useMutation({
    mutationFn: () => post(`/api/teams/${encodeURIComponent(team.id)}/members`, { userId }),
    onSuccess: () => {
      setUserId('');
      onChanged();
    },
    onError: (error) => notifyError(error, 'Could not add the member'),
  });
  const remove = useMutation({
    mutationFn: (memberId: string) =>
      del(`/api/teams/${encodeURIComponent(team.id)}/members/${encodeURIComponent(memberId)}`),
    onSuccess: onChanged,
    onError: (error) => notifyError(error, 'Could not remove the member'),
  });

  return (
    <Card withBorder data-testid={`team-${team.id}`} data-team-name={team.name}>
      <Group justify="space-between">
        <Text fw={600}>{team.name}</Text>
        {team.country && <Badge variant="light">{team.country}</Badge>}
      </Group>
      <Table>
        <Table.Tbody>
          {team.members.map((member) => (
            <Table.Tr key={member.id} data-testid="team-member" data-member-name={member.name}>
              <Table.Td>{member.name}</Table.Td>
              <Table.Td>{member.country ?? '—'}</Table.Td>
              <Table.Td>{member.role}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove ${member.name} from ${team.name}`}
                  onClick={() => remove.mutate(member.id)}
                >
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end" mt="xs">
        <NativeSelect
          label={`Add member to ${team.name}`}
          value={userId}
          onChange={(e) => setUserId(e.currentTarget.value)}
          data={[
            { value: '', label: 'Choose a person…' },
            ...candidates.map((user) => ({
              value: user.id,
              label: `${user.name} (${user.country ?? '—'}, ${user.role})`,
            })),
          ]}
        />
        <Button disabled={!userId} loading={add.isPending} onClick={() => add.mutate()}>
          Add member
        </Button>
      </Group>
    </Card>
  );
}
