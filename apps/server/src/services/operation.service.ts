import type { Database } from '@vigil/db';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import {
  addTeamMember,
  findOperation,
  findTeam,
  insertOperation,
  insertTeam,
  listOperations,
  membersOfTeams,
  type OperationRow,
  operationCountryCodes,
  removeTeamMember,
  setOperationCountries,
  teamsOf,
  teamsOfUser,
  updateOperation,
} from '../repositories/operation.repository.ts';
import { ensureCountries } from '../repositories/reference.repository.ts';
import { findUser } from '../repositories/user.repository.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { conflict, notFound } from './errors.ts';
import { recordEvent } from './event.service.ts';
import { perDatabase } from './ttl-cache.ts';

/**
 * Nearly every request names an operation and most also need the actor's teams: both are
 * remembered for a few seconds (operations are never deleted; changes made in this process forget
 * the entry at once, changes by another process show after at most this long).
 */
const LOOKUP_CACHE_MS = 5_000;
const operationCache = perDatabase<Database, string, OperationRow>(LOOKUP_CACHE_MS);
type UserTeam = Awaited<ReturnType<typeof teamsOfUser>>[number];
const userTeamsCache = perDatabase<Database, string, UserTeam[]>(LOOKUP_CACHE_MS);

export interface OperationInput {
  name: string;
  description?: string;
  startsAt?: string | null;
  endsAt?: string | null;
  focus?: string[];
  focusGroup?: { key: string; label: string; nationality?: string } | null;
  countries?: string[];
}

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

function present(row: OperationRow, countries: string[]) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    focus: row.focus,
    focusGroup: (row.focusGroup as OperationInput['focusGroup']) ?? null,
    countries: countries.sort(),
    synthetic: row.synthetic === 1,
    version: row.version,
  };
}

export async function listAllOperations(ctx: ServiceContext, actor: Actor) {
  authorize(actor, 'operation.read');
  const rows = await listOperations(ctx.database.db);
  const countries = await operationCountryCodes(
    ctx.database.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => present(row, countries.get(row.id) ?? []));
}

/** The operation with its countries, teams and members; 404 for an unknown id. */
export async function getOperation(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'operation.read');
  const row = await requireOperation(ctx, id);
  const countries = await operationCountryCodes(ctx.database.db, [id]);
  const teams = await teamsOf(ctx.database.db, id);
  const members = await membersOfTeams(
    ctx.database.db,
    teams.map((team) => team.id),
  );
  return {
    ...present(row, countries.get(id) ?? []),
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      country: team.country,
      members: members
        .filter((member) => member.teamId === team.id)
        .map(({ teamId: _, ...member }) => member),
    })),
  };
}

export async function requireOperation(ctx: ServiceContext, id: string): Promise<OperationRow> {
  const row = await operationCache(ctx.database).through(id, () => findOperation(ctx.database.db, id));
  if (!row) throw notFound('operation');
  return row;
}

/** The teams a user belongs to within an operation (claims are made on behalf of the first). */
export async function teamsOfMember(ctx: ServiceContext, operationId: string, userId: string) {
  const teams = await userTeamsCache(ctx.database).through(`${operationId}:${userId}`, () =>
    teamsOfUser(ctx.database.db, operationId, userId),
  );
  return teams ?? [];
}

export async function createOperation(
  ctx: ServiceContext,
  actor: Actor,
  input: OperationInput,
  synthetic = false,
) {
  authorize(actor, 'operation.create');
  const row = await inTransaction(ctx, async (tx) => {
    const countries = input.countries ?? [];
    await ensureCountries(
      tx,
      countries.map((code) => ({ code })),
    );
    const operation = await insertOperation(tx, {
      name: input.name,
      description: input.description ?? '',
      startsAt: toDate(input.startsAt),
      endsAt: toDate(input.endsAt),
      focus: input.focus ?? [],
      focusGroup: input.focusGroup ?? null,
      synthetic: synthetic ? 1 : 0,
    });
    await setOperationCountries(tx, operation.id, countries);
    await recordEvent(tx, actor, {
      operationId: operation.id,
      type: 'operation.created',
      payload: { operationId: operation.id, name: operation.name },
    });
    return operation;
  });
  return getOperation(ctx, actor, row.id);
}

export async function updateOperationDetails(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<OperationInput> & { version: number },
) {
  authorize(actor, 'operation.update');
  await requireOperation(ctx, id);
  operationCache(ctx.database).delete(id);
  await inTransaction(ctx, async (tx) => {
    const { countries, version, startsAt, endsAt, ...rest } = input;
    const updated = await updateOperation(tx, id, version, {
      ...rest,
      ...(startsAt !== undefined ? { startsAt: toDate(startsAt) } : {}),
      ...(endsAt !== undefined ? { endsAt: toDate(endsAt) } : {}),
    });
    if (!updated) throw conflict('the operation was changed by someone else: reload and try again');
    if (countries) {
      await ensureCountries(
        tx,
        countries.map((code) => ({ code })),
      );
      await setOperationCountries(tx, id, countries);
    }
    await recordEvent(tx, actor, {
      operationId: id,
      type: 'operation.updated',
      payload: { operationId: id },
    });
  });
  operationCache(ctx.database).delete(id);
  return getOperation(ctx, actor, id);
}

export async function createTeam(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  input: { name: string; country?: string | null },
) {
  authorize(actor, 'team.manage');
  await requireOperation(ctx, operationId);
  return inTransaction(ctx, async (tx) => {
    if (input.country) await ensureCountries(tx, [{ code: input.country }]);
    const team = await insertTeam(tx, { operationId, name: input.name, country: input.country ?? null });
    await recordEvent(tx, actor, {
      operationId,
      type: 'team.created',
      payload: { teamId: team.id, name: team.name },
    });
    return team;
  });
}

export async function addMember(ctx: ServiceContext, actor: Actor, teamId: string, userId: string) {
  authorize(actor, 'team.manage');
  const team = await findTeam(ctx.database.db, teamId);
  if (!team) throw notFound('team');
  if (!(await findUser(ctx.database.db, userId))) throw notFound('user');
  await inTransaction(ctx, async (tx) => {
    await addTeamMember(tx, teamId, userId);
    await recordEvent(tx, actor, {
      operationId: team.operationId,
      type: 'team.member_added',
      payload: { teamId, userId },
    });
  });
  userTeamsCache(ctx.database).clear();
  return { teamId, userId };
}

export async function removeMember(ctx: ServiceContext, actor: Actor, teamId: string, userId: string) {
  authorize(actor, 'team.manage');
  const team = await findTeam(ctx.database.db, teamId);
  if (!team) throw notFound('team');
  await inTransaction(ctx, async (tx) => {
    if (!(await removeTeamMember(tx, teamId, userId))) throw notFound('team member');
    await recordEvent(tx, actor, {
      operationId: team.operationId,
      type: 'team.member_removed',
      payload: { teamId, userId },
    });
  });
  userTeamsCache(ctx.database).clear();
  return { teamId, userId };
}
