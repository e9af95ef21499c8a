import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from './database.ts';

/** Env var naming a migrated embedded data directory made once per test run (see e2e/global-setup.ts). */
export const TEMPLATE_ENV = 'VIGIL_TEST_TEMPLATE_DIR';

/**
 * A fresh database for one test file: a new schema on the real server when DATABASE_URL is set
 * (so runs never see each other's data), otherwise its own embedded database, copied from a
 * migrated template so that each file does not pay for initdb. (One embedded server cannot be
 * shared with per-test schemas: PGlite multiplexes every connection onto one session.)
 */
export async function openTestDatabase(): Promise<Database> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-test-'));
  const template = process.env[TEMPLATE_ENV];
  if (!databaseUrl && template && existsSync(join(template, 'pg'))) {
    cpSync(join(template, 'pg'), join(dataDir, 'pg'), { recursive: true });
  }
  const schemaName = databaseUrl
    ? `vigil_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
    : undefined;
  const database = await openDatabase({ databaseUrl, dataDir, ...(schemaName ? { schemaName } : {}) });
  const close = database.close;
  database.close = async () => {
    if (schemaName)
      await database.pool.query(`DROP SCHEMA IF EXISTS "${schemaName}" CASCADE`).catch(() => undefined);
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return database;
}
