import { CLAIM_TARGETS } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import {
  activeClaims,
  activeClaimsOn,
  findClaim,
  insertClaim,
  releaseClaim,
} from '../repositories/claim.repository.ts';
import { findTeam } from '../repositories/operation.repository.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { forbidden, invalid, notFound } from './errors.ts';
import { recordEvent } from './event.service.ts';
import { requireOperation, teamsOfMember } from './operation.service.ts';
import { presentClaim } from './platform.service.ts';

export async function listClaims(ctx: ServiceContext, actor: Actor, operationId: string) {
  authorize(actor, 'platform.read');
  await requireOperation(ctx, operationId);
  return (await activeClaims(ctx.database.db, operationId)).map(presentClaim);
}

/**
 * A team says it works on a platform, username or selector. If another team or country already
 * holds the same target, both are told: the alert names the other team and country, nothing more.
 */
export async function claimTarget(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  input: { targetType: string; targetKey: string; teamId?: string | null },
) {
  authorize(actor, 'claim.create');
  await requireOperation(ctx, operationId);
  if (!(CLAIM_TARGETS as readonly string[]).includes(input.targetType)) {
    throw invalid(`targetType must be one of ${CLAIM_TARGETS.join(', ')}`);
  }
  const targetKey = input.targetType === 'platform' ? input.targetKey : input.targetKey.trim().toLowerCase();
  if (targetKey === '') throw invalid('targetKey must not be empty');
  const team = await resolveTeam(ctx, actor, operationId, input.teamId ?? null);
  return inTransaction(ctx, async (tx) => {
    const existing = await activeClaimsOn(tx, operationId, input.targetType, targetKey);
    const mine = existing.find((claim) => (team ? claim.teamId === team.id : claim.userId === actor.id));
    if (mine) return { claim: presentClaim(mine), conflicts: [] };
    const row = await insertClaim(tx, {
      operationId,
      targetType: input.targetType,
      targetKey,
      teamId: team?.id ?? null,
      country: team?.country ?? actor.country,
      userId: actor.id,
    });
    const claim = { ...row, teamName: team?.name ?? null, userName: actor.name };
    await recordEvent(tx, actor, {
      operationId,
      type: 'claim.created',
      payload: {
        claimId: row.id,
        targetType: row.targetType,
        targetKey,
        teamId: row.teamId,
        teamName: claim.teamName,
        country: row.country,
      },
    });
    const conflicts = existing.filter(
      (other) => other.teamId !== row.teamId || other.country !== row.country,
    );
    if (conflicts.length > 0) {
      await recordEvent(tx, actor, {
        operationId,
        type: 'alert.deconfliction',
        payload: {
          targetType: row.targetType,
          targetKey,
          parties: [
            { teamId: row.teamId, teamName: claim.teamName, country: row.country, userName: actor.name },
            ...conflicts.map((other) => ({
              teamId: other.teamId,
              teamName: other.teamName,
              country: other.country,
              userName: other.userName,
            })),
          ],
        },
      });
    }
    return {
      claim: presentClaim({ ...claim, createdAt: row.createdAt }),
      conflicts: conflicts.map(presentClaim),
    };
  });
}

async function resolveTeam(ctx: ServiceContext, actor: Actor, operationId: string, teamId: string | null) {
  if (teamId) {
    const team = await findTeam(ctx.database.db, teamId);
    if (!team || team.operationId !== operationId) throw invalid('teamId: no such team in this operation');
    return team;
  }
  const [first] = await teamsOfMember(ctx, operationId, actor.id);
  return first;
}

export async function releaseClaimById(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'claim.create');
  const claim = await findClaim(ctx.database.db, id);
  if (!claim || claim.releasedAt) throw notFound('claim');
  if (claim.userId !== actor.id && !actor.permissions.includes('platform.assign'))
    throw forbidden('platform.assign');
  await inTransaction(ctx, async (tx) => {
    await releaseClaim(tx, id);
    await recordEvent(tx, actor, {
      operationId: claim.operationId,
      type: 'claim.released',
      payload: { claimId: id, targetType: claim.targetType, targetKey: claim.targetKey },
    });
  });
  return { released: id };
}
