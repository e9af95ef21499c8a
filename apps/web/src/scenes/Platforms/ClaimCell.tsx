import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { hasPermission } from '../../lib/format.ts';
import { useUser } from '../../lib/session.ts';
import { userTeam } from '../../lib/teams.ts';
import type { Claim, Operation, Platform } from '../../lib/types.ts';
import { useClaim, useReleaseClaim } from './platform-mutations.ts';

function claimant(claim: Claim): string {
  return `${claim.teamName ?? claim.userName}${claim.country ? ` (${claim.country})` : ''}`;
}

/** Who works on this platform; a second team's claim shows as a conflict to both. */
export function ClaimCell({ platform, operation }: { platform: Platform; operation: Operation }) {
  const user = useUser();
  const team = userTeam(operation, user?.id);
  const claim = useClaim(operation.id);
  const release = useReleaseClaim(operation.id);
  const mine = platform.claims.find((c) => c.userId === user?.id || (team && c.teamId === team.id));
  const conflict = new Set(platform.claims.map((c) => c.teamId ?? c.userId)).size > 1;

  const onClaim = () =>
    claim.mutate(
      { targetType: 'platform', targetKey: platform.id, ...(team ? { teamId: team.id } : {}) },
      {
        onSuccess: ({ conflicts }) => {
          if (conflicts.length > 0) {
            notifications.show({
              color: 'orange',
              title: 'Deconfliction: already claimed',
              message: `${platform.name} is also claimed by ${conflicts.map(claimant).join(', ')}. Both sides have been told.`,
              autoClose: 10_000,
            });
          }
        },
      },
    );

  return (
    <Group gap={4} data-testid="claims">
      {platform.claims.map((c) => (
        <Tooltip key={c.id} label={`claimed by ${c.userName}`}>
          <Badge size="sm" color={conflict ? 'red' : 'teal'} variant="light" data-testid="claim-badge">
            {claimant(c)}
          </Badge>
        </Tooltip>
      ))}
      {mine ? (
        <Button
          size="compact-xs"
          variant="subtle"
          loading={release.isPending}
          onClick={() => release.mutate(mine.id)}
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
