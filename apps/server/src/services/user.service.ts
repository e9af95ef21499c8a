import { ROLES } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import {
  findAgency,
  findAgencyByName,
  insertAgency,
  listAgencies,
} from '../repositories/agency.repository.ts';
import { ensureCountries } from '../repositories/reference.repository.ts';
import {
  deleteSessionsOfUser,
  findUser,
  listUsers,
  lockActiveAdministrators,
  updateUser,
  userDirectory,
} from '../repositories/user.repository.ts';
import { appendAudit } from './audit.service.ts';
import { createUser, forgetCachedSessions, type NewUserInput } from './auth.service.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { conflict, invalid, notFound } from './errors.ts';

const present = (user: Awaited<ReturnType<typeof listUsers>>[number]) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  country: user.country,
  agencyId: user.agencyId,
  active: user.active,
});

export async function listAllUsers(ctx: ServiceContext, actor: Actor) {
  authorize(actor, 'user.manage');
  return (await listUsers(ctx.database.db)).map(present);
}

/** Whom a coordinator can put in a team: names, countries and roles, nothing more. */
export async function listUserDirectory(ctx: ServiceContext, actor: Actor) {
  authorize(actor, 'team.manage');
  return userDirectory(ctx.database.db);
}

export async function addUser(ctx: ServiceContext, actor: Actor | null, input: NewUserInput) {
  if (actor) authorize(actor, 'user.manage');
  if (!(ROLES as readonly string[]).includes(input.role))
    throw invalid(`role must be one of ${ROLES.join(', ')}`);
  if (input.agencyId && !(await findAgency(ctx.database.db, input.agencyId)))
    throw invalid('agencyId: no such agency');
  if (input.country) await ensureCountries(ctx.database.db, [{ code: input.country }]);
  return present(await createUser(ctx.database, input));
}

export async function listAllAgencies(ctx: ServiceContext, actor: Actor) {
  authorize(actor, 'user.manage');
  return listAgencies(ctx.database.db);
}

export async function addAgency(
  ctx: ServiceContext,
  actor: Actor,
  input: { name: string; country?: string | null },
) {
  authorize(actor, 'user.manage');
  const name = input.name.trim();
  if (!name) throw invalid('name must not be empty');
  if (await findAgencyByName(ctx.database.db, name)) throw conflict(`an agency named ${name} exists`);
  if (input.country) await ensureCountries(ctx.database.db, [{ code: input.country }]);
  return insertAgency(ctx.database.db, { name, country: input.country ?? null });
}

export interface UserChanges {
  name?: string;
  role?: string;
  country?: string | null;
  agencyId?: string | null;
}

/** Change a user's name, role, country or agency; the change is audited with the old values. */
export async function changeUser(ctx: ServiceContext, actor: Actor, id: string, input: UserChanges) {
  authorize(actor, 'user.manage');
  const changes: UserChanges = {};
  if (input.name !== undefined) {
    changes.name = input.name.trim();
    if (!changes.name) throw invalid('name must not be empty');
  }
  if (input.role !== undefined) {
    if (!(ROLES as readonly string[]).includes(input.role))
      throw invalid(`role must be one of ${ROLES.join(', ')}`);
    changes.role = input.role;
  }
  if (input.agencyId !== undefined) {
    if (input.agencyId && !(await findAgency(ctx.database.db, input.agencyId)))
      throw invalid('agencyId: no such agency');
    changes.agencyId = input.agencyId;
  }
  if (input.country !== undefined) {
    if (input.country) await ensureCountries(ctx.database.db, [{ code: input.country }]);
    changes.country = input.country;
  }
  return saveUserChange(ctx, actor, id, changes, 'user.updated');
}

/** Deactivate a user: they cannot sign in, and their sessions end at once. */
export async function deactivateUser(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'user.manage');
  if (id === actor.id) throw invalid('you cannot deactivate yourself: ask another administrator');
  return saveUserChange(ctx, actor, id, { active: false }, 'user.deactivated');
}

export async function reactivateUser(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'user.manage');
  return saveUserChange(ctx, actor, id, { active: true }, 'user.reactivated');
}

async function saveUserChange(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  changes: UserChanges & { active?: boolean },
  action: string,
) {
  const saved = await inTransaction(ctx, async (tx) => {
    // Locked first, so that concurrent changes cannot together remove the last administrator.
    const admins = await lockActiveAdministrators(tx);
    const before = await findUser(tx, id);
    if (!before) throw notFound('user');
    const after = { ...before, ...changes };
    const wasAdmin = before.active && before.role === 'administrator';
    const staysAdmin = after.active && after.role === 'administrator';
    if (wasAdmin && !staysAdmin && admins.length <= 1)
      throw invalid('this is the last active administrator: make another user administrator first');
    const updated = await updateUser(tx, id, changes);
    if (!updated) throw notFound('user');
    if (changes.active === false) await deleteSessionsOfUser(tx, id);
    const from = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before]]));
    await appendAudit(tx, [
      { actor: actor.id, action, resourceType: 'user', resourceId: id, details: { from, to: changes } },
    ]);
    return updated;
  });
  forgetCachedSessions(ctx.database);
  return present(saved);
}
