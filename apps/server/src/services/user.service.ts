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
import { listUsers, userDirectory } from '../repositories/user.repository.ts';
import { createUser, type NewUserInput } from './auth.service.ts';
import type { ServiceContext } from './context.ts';
import { conflict, invalid } from './errors.ts';

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
