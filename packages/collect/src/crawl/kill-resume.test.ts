import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvidenceStore } from '../evidence/evidence-store.ts';
import { PgEvidenceIndex } from '../evidence/pg-evidence-index.ts';
import { verifyPassed, verifyStore } from '../evidence/verify-store.ts';
import { type FixtureServer, startFixtureServer } from '../fixtures/fixture-server.ts';
import { PgCrawlQueue } from './pg-crawl-queue.ts';

const CHILD = fileURLToPath(new URL('../fixtures/crawl-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ads = 120;
const listingPages = ads / 10;

let db: Database;
let fixture: FixtureServer;
let dataDir: string;
/** Every crawler process this file starts: a failed assertion must not leave one holding the database. */
const children: ChildProcess[] = [];
beforeAll(async () => {
  db = await openTestDatabase();
  fixture = await startFixtureServer({ classifiedsAds: ads });
  dataDir = await mkdtemp(join(tmpdir(), 'vigil-kill-'));
});
afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fixture?.close();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function startChild(worker: string): {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
} {
  const url = process.env.DATABASE_URL ? process.env.DATABASE_URL : db.url;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, url, dataDir, 'kill-test', fixture.origin, worker],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  const lines: string[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
  });
  let stderr = '';
  child.stderr!.on('data', (c) => {
    stderr += c;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code) process.stderr.write(stderr);
      resolve(code);
    }),
  );
  return { child, lines, exited };
}

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('SIGKILL mid-crawl, then resume', () => {
  it.skipIf(Boolean(process.env.DATABASE_URL))(
    'resumes from the database queue with a consistent evidence store',
    async () => {
      const first = startChild('worker-1');
      await until(() => first.lines.filter((l) => l.startsWith('page done')).length >= 20, 60_000);
      first.child.kill('SIGKILL');
      await first.exited;

      const queue = new PgCrawlQueue(db.pool);
      const afterKill = await queue.stats('kill-test');
      expect(afterKill.done).toBeGreaterThanOrEqual(20);
      expect(afterKill.done).toBeLessThan(listingPages + ads);
      expect(afterKill.queued + afterKill.leased).toBeGreaterThan(0);

      // What a kill during a write leaves: a temp file of a dead process. It must never become evidence.
      const store = new EvidenceStore(dataDir);
      await mkdir(store.tmpDir, { recursive: true });
      await writeFile(join(store.tmpDir, `${'0'.repeat(64)}.deadhost.999999.abc.tmp`), 'half a WARC');

      const second = startChild('worker-2');
      expect(await second.exited).toBe(0);
      // The planted temp file, plus any the killed worker left mid-write.
      expect(second.lines[0]).toMatch(/^recovery \{"temp":[1-9]\d*,/);

      const final = await queue.stats('kill-test');
      expect(final).toEqual({ queued: 0, leased: 0, done: listingPages + ads, failed: 0 });
      expect(await readdir(store.tmpDir)).toEqual([]);

      const lines = (await readFile(join(dataDir, 'items.jsonl'), 'utf8')).trim().split('\n');
      const hashes = lines.map((l) => JSON.parse(l).contentHash as string);
      expect(new Set(hashes).size).toBe(hashes.length);
      expect(hashes.length).toBe(ads);

      const report = await verifyStore(store, new PgEvidenceIndex(db.pool));
      expect(report.missing).toEqual([]);
      expect(report.unrecorded).toEqual([]);
      expect(report.custodyBreaks).toEqual([]);
      expect(verifyPassed(report)).toBe(true);
      expect(report.checked).toBeGreaterThanOrEqual(listingPages + ads);
    },
    // Two tsx start-ups and a 132-page crawl: beside the rest of the suite on 2 cores this takes minutes.
    300_000,
  );
});
