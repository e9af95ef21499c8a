import { ROLES } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import { ensureCountries } from '../repositories/reference.repository.ts';
import { listUsers } from '../repositories/user.repository.ts';
import { createUser, type NewUserInput } from './auth.service.ts';
import type { ServiceContext } from './context.ts';
import { invalid } from './errors.ts';

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

export async function addUser(ctx: ServiceContext, actor: Actor | null, input: NewUserInput) {
  if (actor) authorize(actor, 'user.manage');
  if (!(ROLES as readonly string[]).includes(input.role))
    throw invalid(`role must be one of ${ROLES.join(', ')}`);
  if (input.country) await ensureCountries(ctx.database.db, [{ code: input.country }]);
  return present(await createUser(ctx.database, input));
}
