import type { Database, Db } from '@vigil/db';

/** A Drizzle handle inside a transaction; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Conn = Db | Tx;

export function transaction<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(work);
}
