import { Anchor, Badge, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SAFEGUARDING_STATUSES } from '@vigil/model';
import { QueryState } from '../../components/QueryState.tsx';
import { patch } from '../../lib/api.ts';
import { hasPermission, options, word } from '../../lib/format.ts';
import { isConflict, notifyConflict, notifyError } from '../../lib/notify.ts';
import { useCurrentOperation } from '../../lib/operation-store.ts';
import { usePerson } from '../../lib/queries.ts';
import { keys } from '../../lib/query-keys.ts';
import { detailPath } from '../../lib/route.ts';
import { navigate } from '../../lib/router.ts';
import { useUser } from '../../lib/session.ts';
import type { Person } from '../../lib/types.ts';
import { CreateLeadButton } from '../Leads/CreateLeadButton.tsx';
import { UsernameClaim } from './UsernameClaim.tsx';

export function PersonDetail({ id }: { id: string }) {
  const person = usePerson(id);
  return (
    <Stack>
      <Anchor
        href="/people"
        size="sm"
        onClick={(event) => {
          event.preventDefault();
          navigate('/people');
        }}
      >
        ← Back to list
      </Anchor>
      <QueryState query={person} label="the person">
        {(data) => <PersonView person={data} />}
      </QueryState>
    </Stack>
  );
}

function PersonView({ person }: { person: Person }) {
  const user = useUser();
  const { operation } = useCurrentOperation();
  const client = useQueryClient();
  const update = useMutation({
    mutationFn: (values: Partial<Person>) =>
      patch<Person>(`/api/people/${encodeURIComponent(person.id)}`, { version: person.version, ...values }),
    onSuccess: (updated) => client.setQueryData(keys.person(person.id), updated),
    onError: (error) => {
      if (isConflict(error)) notifyConflict();
      else notifyError(error, 'Could not update the person');
      void client.invalidateQueries({ queryKey: keys.person(person.id) });
    },
  });
  const title = person.name || (person.username ? `@${person.username}` : '(unnamed)');

  return (
    <Stack data-testid="person-detail">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{title}</Title>
          <Group gap="xs">
            <Badge>{word(person.role)}</Badge>
            {person.focusGroup && <Badge variant="light">focus group</Badge>}
            {person.linkedToExploitation && <Badge color="red">linked to exploitation</Badge>}
            <Text size="sm" c="dimmed">
              owner {person.ownerCountry ?? '—'} · {word(person.handling)}
            </Text>
          </Group>
        </div>
        <CreateLeadButton sourceType="person" sourceId={person.id} defaultTitle={title} />
      </Group>
      <Paper withBorder p="md">
        <Stack gap="xs">
          {person.username && <Text size="sm">Username: {person.username}</Text>}
          {person.username && operation && <UsernameClaim operation={operation} username={person.username} />}
          <Text size="sm">Nationality: {person.nationality ?? '—'}</Text>
          {person.role === 'victim' &&
            (hasPermission(user, 'person.update') ? (
              <NativeSelect
                label="Safeguarding referral"
                w={240}
                data={options(SAFEGUARDING_STATUSES)}
                value={person.safeguardingStatus ?? 'none'}
                disabled={update.isPending}
                onChange={(event) => update.mutate({ safeguardingStatus: event.currentTarget.value })}
              />
            ) : (
              <Text size="sm">Safeguarding referral: {word(person.safeguardingStatus)}</Text>
            ))}
          {person.notes && (
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{person.notes}</Text>
          )}
          {person.selectors.length > 0 && (
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {person.selectors.map((s) => `${s.type}: ${s.value}`).join(' · ')}
            </Text>
          )}
          {person.itemIds.length > 0 && (
            <Group gap="xs">
              <Text size="sm">Items:</Text>
              {person.itemIds.map((itemId) => (
                <Anchor
                  key={itemId}
                  size="sm"
                  href={detailPath('items', itemId)}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(detailPath('items', itemId));
                  }}
                >
                  {itemId.slice(0, 8)}
                </Anchor>
              ))}
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
