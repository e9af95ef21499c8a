import type { Database } from '@vigil/db';
import type { Tx } from '../repositories/tx.ts';

/** What a use-case needs: the database, and a way to tell the live hub that events were committed. */
export interface ServiceContext {
  database: Database;
  eventsCommitted(): void;
}

/** Run `work` in one transaction; after it commits, wake the live feed. */
export async function inTransaction<T>(ctx: ServiceContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await ctx.database.db.transaction(work);
  ctx.eventsCommitted();
  return result;
}
