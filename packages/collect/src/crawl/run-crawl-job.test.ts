import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvidenceStore } from '../evidence/evidence-store.ts';
import { PgEvidenceIndex } from '../evidence/pg-evidence-index.ts';
import { verifyPassed, verifyStore } from '../evidence/verify-store.ts';
import { fixtureAdapters } from '../fixtures/fixture-adapters.ts';
import { type FixtureServer, startFixtureServer } from '../fixtures/fixture-server.ts';
import { PgMonitorStore } from '../monitor/monitor-store.ts';
import { diffSnapshot } from '../monitor/snapshot-diff.ts';
import { PgCrawlQueue } from './pg-crawl-queue.ts';
import { runCrawlJob } from './run-crawl-job.ts';

let db: Database;
let fixture: FixtureServer;
let dataDir: string;
let operationId: string;
beforeAll(async () => {
  db = await openTestDatabase();
  fixture = await startFixtureServer({ classifiedsAds: 12 });
  dataDir = await mkdtemp(join(tmpdir(), 'vigil-job-'));
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO operations (name) VALUES ('synthetic test op') RETURNING id`,
  );
  operationId = rows[0]!.id;
});
afterAll(async () => {
  await fixture?.close();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('runCrawlJob against PostgreSQL', () => {
  it('crawls into items, evidence_records and custody_log; a second job adds no duplicate items', async () => {
    const payload = {
      crawlId: 'job-1',
      adapter: fixtureAdapters(fixture.origin).classifieds,
      operationId,
      ownerCountry: 'NL',
      capturedBy: 'worker-test',
    };
    const summary = await runCrawlJob(payload, { pool: db.pool, dataDir });
    expect(summary).toMatchObject({ pages: 2 + 12, items: 12, newItems: 12, failures: {} });
    const items = await db.pool.query<{ n: string; linked: string; scored: string }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE e.id IS NOT NULL) AS linked, count(*) FILTER (WHERE i.analysis IS NOT NULL) AS scored
       FROM items i LEFT JOIN evidence_records e ON e.id = i.evidence_id WHERE i.operation_id = $1`,
      [operationId],
    );
    expect(Number(items.rows[0]!.n)).toBe(12);
    expect(Number(items.rows[0]!.linked)).toBe(12);
    const run = await db.pool.query<{ status: string; bytes: string }>(
      `SELECT status, bytes FROM crawl_runs WHERE id = 'job-1'`,
    );
    expect(run.rows[0]?.status).toBe('done');
    expect(Number(run.rows[0]?.bytes)).toBeGreaterThan(0);
    expect(await new PgCrawlQueue(db.pool).stats('job-1')).toEqual({
      queued: 0,
      leased: 0,
      done: 14,
      failed: 0,
    });

    const again = await runCrawlJob({ ...payload, crawlId: 'job-2' }, { pool: db.pool, dataDir });
    expect(again.newItems).toBe(0);
    const index = new PgEvidenceIndex(db.pool);
    const report = await verifyStore(new EvidenceStore(dataDir), index);
    expect(verifyPassed(report)).toBe(true);
    expect((await index.custody()).length).toBe(report.checked);
  });

  it('rejects an invalid adapter with a message naming the field', async () => {
    const bad = {
      adapter: { name: 'bad', startUrls: ['https://x.example/'], rate: { concurrency: 0 } },
      operationId,
      ownerCountry: 'NL',
      capturedBy: 'w',
    };
    await expect(runCrawlJob(bad, { pool: db.pool, dataDir })).rejects.toThrow(
      'adapter "bad": rate.concurrency: expected integer 1..64',
    );
  });

  it('keeps the monitoring snapshot in monitor_items', async () => {
    const store = new PgMonitorStore(db.pool);
    const seen = [
      { url: 'https://a.example/1', contentHash: 'h1' },
      { url: 'https://a.example/2', contentHash: 'h2' },
    ];
    await store.apply('p1', seen, diffSnapshot(new Map(), seen, true));
    const next = [{ url: 'https://a.example/1', contentHash: 'h1b' }];
    const diff = diffSnapshot(await store.load('p1'), next, true);
    expect(diff.changed.map((c) => c.url)).toEqual(['https://a.example/1']);
    expect(diff.removed).toEqual(['https://a.example/2']);
    await store.apply('p1', next, diff);
    expect(await store.load('p1')).toEqual(
      new Map([
        ['https://a.example/1', { contentHash: 'h1b', removed: false }],
        ['https://a.example/2', { contentHash: 'h2', removed: true }],
      ]),
    );
  });
});
