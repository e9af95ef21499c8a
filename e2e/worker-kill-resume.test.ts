import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EvidenceStore,
  type FixtureServer,
  fixtureAdapters,
  PgCrawlQueue,
  PgEvidenceIndex,
  startFixtureServer,
  verifyPassed,
  verifyStore,
} from '@vigil/collect';
import { type Database, openTestDatabase } from '@vigil/db';
import { addUser } from '@vigil/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB, jobSchema, sendJob } from '../apps/server/src/repositories/job.repository.ts';
import { ROOT, VIGIL } from './support/cli.ts';

const ads = 60;
const pages = ads / 10 + ads;

let db: Database;
let fixture: FixtureServer;
let dataDir: string;
/** Every worker this file starts: a failed assertion must not leave one running against the database. */
const workers: ChildProcess[] = [];
beforeAll(async () => {
  db = await openTestDatabase();
  fixture = await startFixtureServer({ classifiedsAds: ads });
  dataDir = await mkdtemp(join(tmpdir(), 'vigil-worker-kill-'));
});
afterAll(async () => {
  for (const child of workers)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (db && db.schemaName !== 'public')
    await db.pool.query(`DROP SCHEMA IF EXISTS "${jobSchema(db)}" CASCADE`).catch(() => undefined);
  await fixture?.close();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** `vigil worker` as an operator starts it, on this test's database (the embedded one through its port). */
function startWorker(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    [
      VIGIL,
      'worker',
      '--allow-local',
      '--poll-seconds',
      '1',
      '--slice-seconds',
      '2',
      '--lease-seconds',
      '3',
      '--maintenance-seconds',
      '1',
      '--no-monitoring',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: process.env.DATABASE_URL || db.url,
        VIGIL_DB_SCHEMA: db.schemaName,
        VIGIL_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  workers.push(child);
  let text = '';
  child.stdout!.on('data', (c) => {
    text += c;
  });
  child.stderr!.on('data', (c) => {
    text += c;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function until(what: string, probe: () => Promise<boolean>, output: () => string): Promise<void> {
  for (let i = 0; i < 1800; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; worker said:\n${output()}`);
}

describe('vigil worker killed mid-crawl', () => {
  it('leaves the job to pg-boss, and the next worker resumes it from the database queue', async () => {
    const ctx = { database: db, eventsCommitted: () => undefined };
    const user = await addUser(ctx, null, {
      email: 'kill.investigator@example.test',
      name: 'Synthetic investigator',
      role: 'investigator',
      country: 'NL',
      password: 'synthetic-password-123',
    });
    const op = await db.pool.query<{ id: string }>(
      `INSERT INTO operations (name) VALUES ('Synthetic') RETURNING id`,
    );
    const platform = await db.pool.query<{ id: string }>(
      `INSERT INTO platforms (operation_id, name, kind, countries) VALUES ($1, 'Fixture', 'classifieds', '{NL}') RETURNING id`,
      [op.rows[0]!.id],
    );
    const platformId = platform.rows[0]!.id;
    const base = fixtureAdapters(fixture.origin).classifieds;
    // Slow enough that the kill lands mid-crawl on a loaded 2-core machine too.
    const adapter = { ...base, rate: { minDelayMs: 40, concurrency: 1 } };
    const crawlId = 'worker-kill-test';
    await sendJob(
      db,
      JOB.crawlPlatform,
      { crawlId, platformId, adapter, requestedBy: user.id },
      { expireInSeconds: 6, retryDelay: 1, retryBackoff: false, retryLimit: 5 },
    );
    const queue = new PgCrawlQueue(db.pool);

    const first = startWorker();
    await until('20 pages', async () => (await queue.stats(crawlId)).done >= 20, first.output);
    first.child.kill('SIGKILL');
    await first.exited;
    const afterKill = await queue.stats(crawlId);
    expect(afterKill.done).toBeLessThan(pages);

    // What a kill during a write can leave: a temp file of a dead process; it must never become evidence.
    const store = new EvidenceStore(dataDir);
    await mkdir(store.tmpDir, { recursive: true });
    await writeFile(join(store.tmpDir, `${'0'.repeat(64)}.deadhost.999999.abc.tmp`), 'half a WARC');

    const second = startWorker();
    await until(
      'the crawl to finish',
      async () => {
        const run = await db.pool.query<{ status: string }>('SELECT status FROM crawl_runs WHERE id = $1', [
          crawlId,
        ]);
        return run.rows[0]?.status === 'done';
      },
      second.output,
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    expect(await queue.stats(crawlId)).toEqual({ queued: 0, leased: 0, done: pages, failed: 0 });
    const items = await db.pool.query<{ n: string; urls: string }>(
      'SELECT count(*) AS n, count(DISTINCT url) AS urls FROM items WHERE platform_id = $1',
      [platformId],
    );
    expect(Number(items.rows[0]!.n)).toBe(ads);
    expect(Number(items.rows[0]!.urls)).toBe(ads);
    const retried = await db.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${jobSchema(db)}".job WHERE name = $1 AND retry_count > 0`,
      [JOB.crawlPlatform],
    );
    expect(Number(retried.rows[0]!.n)).toBeGreaterThanOrEqual(1);
    expect(await readdir(store.tmpDir)).toEqual([]);
    const report = await verifyStore(store, new PgEvidenceIndex(db.pool));
    expect(report.missing).toEqual([]);
    expect(report.unrecorded).toEqual([]);
    expect(verifyPassed(report)).toBe(true);
    // Two worker start-ups and a 66-page crawl: beside the rest of the suite on 2 cores this takes minutes.
  }, 300_000);
});
