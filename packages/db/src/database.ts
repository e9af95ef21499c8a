import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { DatabaseStartError } from './embedded/errors.ts';
import { startEmbeddedDatabase } from './embedded/start-embedded.ts';
import { type MigrationState, migrateDatabase } from './migrate.ts';
import * as schema from './schema/index.ts';

export type DatabaseKind = 'embedded' | 'postgres';
export type Db = NodePgDatabase<typeof schema>;

export interface Database {
  kind: DatabaseKind;
  pool: pg.Pool;
  db: Db;
  /** The PostgreSQL schema Vigil's tables live in ('public' unless isolated for tests). */
  schemaName: string;
  /** The URL the pool connects to (with any password removed), for logs and child processes. */
  url: string;
  migration: MigrationState;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A real PostgreSQL server; when absent, the embedded database is started. */
  databaseUrl?: string | undefined;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** Isolate all tables in this schema (tests: one fresh schema per run). */
  schemaName?: string;
  poolSize?: number;
  /** Run migrations (default true). */
  migrate?: boolean;
}

/** Hide the password of a connection URL before it reaches a log or an error message. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Open Vigil's database: a real PostgreSQL server when `databaseUrl` is set, otherwise the
 * embedded PGlite server. Either way the caller gets one `pg` pool and never needs to know which.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const embedded = options.databaseUrl ? undefined : await startEmbeddedDatabase(options.dataDir);
  const url = options.databaseUrl ?? embedded!.url;
  const schemaName = options.schemaName ?? 'public';
  const pool = createPool(url, schemaName, options.poolSize ?? (embedded ? 6 : 10));
  const close = async () => {
    await pool.end().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    await checkConnection(pool, url);
    if (schemaName !== 'public') await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
    const db = drizzle(pool, { schema });
    const migration = await migrateDatabase(pool, db, schemaName, options.migrate ?? true);
    return {
      kind: embedded ? 'embedded' : 'postgres',
      pool,
      db,
      schemaName,
      url: redactUrl(url),
      migration,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function createPool(url: string, schemaName: string, max: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 10_000,
    ...(schemaName === 'public' ? {} : { options: `-c search_path="${schemaName}",public` }),
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

async function checkConnection(pool: pg.Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    const reason = (error as Error).message || (error as NodeJS.ErrnoException).code || 'unknown error';
    throw new DatabaseStartError(
      `cannot connect to the database at ${redactUrl(url)}: ${reason}. Check DATABASE_URL, or unset it to use the embedded database`,
    );
  }
}
