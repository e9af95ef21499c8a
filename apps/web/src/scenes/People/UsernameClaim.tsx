import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { hasPermission } from '../../lib/format.ts';
import { useClaims } from '../../lib/queries.ts';
import { useUser } from '../../lib/session.ts';
import { userTeam } from '../../lib/teams.ts';
import type { Operation } from '../../lib/types.ts';
import { useClaim, useReleaseClaim } from '../Platforms/platform-mutations.ts';

/** Teams claim the usernames they work on; a second team's claim raises a deconfliction alert. */
export function UsernameClaim({ operation, username }: { operation: Operation; username: string }) {
  const user = useUser();
  const claims = useClaims(operation.id);
  const claim = useClaim(operation.id);
  const release = useReleaseClaim(operation.id);
  const team = userTeam(operation, user?.id);
  const mine = (claims.data ?? []).filter((c) => c.targetType === 'username' && c.targetKey === username);
  const own = mine.find((c) => c.userId === user?.id || (team && c.teamId === team.id));

  const onClaim = () =>
    claim.mutate(
      { targetType: 'username', targetKey: username, ...(team ? { teamId: team.id } : {}) },
      {
        onSuccess: ({ conflicts }) => {
          if (conflicts.length > 0) {
            notifications.show({
              color: 'orange',
              title: 'Deconfliction: already claimed',
              message: `${username} is also claimed by ${conflicts.map((c) => c.teamName ?? c.userName).join(', ')}.`,
            });
          }
        },
      },
    );

  return (
    <Group gap="xs" data-testid="username-claims">
      <Text size="sm">Claims:</Text>
      {mine.map((c) => (
        <Badge key={c.id} size="sm" color={mine.length > 1 ? 'red' : 'teal'} variant="light">
          {c.teamName ?? c.userName}
          {c.country ? ` (${c.country})` : ''}
        </Badge>
      ))}
      {mine.length === 0 && (
        <Text size="sm" c="dimmed">
          none
        </Text>
      )}
      {own ? (
        <Button
          size="compact-xs"
          variant="subtle"
          loading={release.isPending}
          onClick={() => release.mutate(own.id)}
        >
          Release
        </Button>
      ) : (
        hasPermission(user, 'claim.create') && (
          <Button size="compact-xs" variant="light" color="teal" loading={claim.isPending} onClick={onClaim}>
            Claim
          </Button>
        )
      )}
    </Group>
  );
}
