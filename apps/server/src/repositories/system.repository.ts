import type { Database } from '@vigil/db';

/** Round trip to the database; throws when it does not answer. */
export async function pingDatabase(database: Database): Promise<void> {
  await database.pool.query('SELECT 1');
}
