import type { Database } from '@vigil/db';
import { type Actor, actorFromUser } from '../auth/actor.ts';
import { listUsers } from '../repositories/user.repository.ts';

/** The CLI acts as the first active administrator, so its changes are attributed to a real account. */
export async function administratorActor(database: Database): Promise<Actor> {
  const admin = (await listUsers(database.db)).find((user) => user.role === 'administrator' && user.active);
  if (!admin)
    throw new Error(
      'no administrator exists: run `vigil serve` once or `vigil user add --role administrator`',
    );
  return actorFromUser(admin);
}
