import type { Database } from '@vigil/db';
import type { EventRow } from '../repositories/event.repository.ts';
import type { Tx } from '../repositories/tx.ts';
import { collectEvents } from './event.service.ts';

/** What a use-case needs: the database, and a way to tell the live hub that events were committed. */
export interface ServiceContext {
  database: Database;
  /** Events were committed: `rows` when the caller has them (delivered at once), else re-read. */
  eventsCommitted(rows?: readonly EventRow[]): void;
}

/** Run `work` in one transaction; after it commits, hand its events to the live feed. */
export async function inTransaction<T>(ctx: ServiceContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  let rows: EventRow[] = [];
  const result = await ctx.database.db.transaction(async (tx) => {
    rows = collectEvents(tx);
    return work(tx);
  });
  ctx.eventsCommitted(rows);
  return result;
}
