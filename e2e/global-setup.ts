import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../packages/db/src/database.ts';
import { TEMPLATE_ENV } from '../packages/db/src/testing.ts';

/** Once per run: a migrated embedded database that test files copy instead of running initdb. */
export default async function setup(): Promise<() => void> {
  if (process.env.DATABASE_URL) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'vigil-template-'));
  const database = await openDatabase({ dataDir: dir });
  await database.close();
  process.env[TEMPLATE_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
