import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import type { Db } from './database.ts';
import { DatabaseStartError } from './embedded/errors.ts';

const MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));
const MIGRATION_LOCK = 727_001;

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export interface MigrationState {
  /** Number of migrations applied. */
  version: number;
  /** Tag of the newest applied migration, e.g. '0003_claims'. */
  tag: string | null;
}

function readJournal(): Journal {
  return JSON.parse(readFileSync(`${MIGRATIONS}/meta/_journal.json`, 'utf8')) as Journal;
}

/** What this build of Vigil knows how to migrate to. */
export function knownMigrations(): Journal['entries'] {
  return readJournal().entries;
}

async function appliedMigrations(pool: pg.Pool, schemaName: string): Promise<number[]> {
  const exists = await pool.query(
    `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = '__drizzle_migrations'`,
    [schemaName],
  );
  if (exists.rowCount === 0) return [];
  const rows = await pool.query<{ created_at: string }>(
    `SELECT created_at FROM "${schemaName}".__drizzle_migrations ORDER BY created_at`,
  );
  return rows.rows.map((row) => Number(row.created_at));
}

/**
 * Bring the schema up to date, refusing a database written by a newer Vigil. An advisory lock
 * keeps several processes (server, workers) starting at once from migrating twice.
 */
export async function migrateDatabase(
  pool: pg.Pool,
  db: Db,
  schemaName: string,
  apply: boolean,
): Promise<MigrationState> {
  const known = knownMigrations();
  const newestKnown = known.at(-1)?.when ?? 0;
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await appliedMigrations(pool, schemaName);
    const newestApplied = applied.at(-1) ?? 0;
    if (newestApplied > newestKnown) {
      throw new DatabaseStartError(
        `the database has schema version ${applied.length}, newer than this Vigil knows (${known.length}): upgrade Vigil, or point it at another database`,
      );
    }
    if (apply) await migrate(db, { migrationsFolder: MIGRATIONS, migrationsSchema: schemaName });
    const after = apply ? await appliedMigrations(pool, schemaName) : applied;
    const last = after.at(-1);
    return { version: after.length, tag: known.find((entry) => entry.when === last)?.tag ?? null };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
