import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FixtureServer, fixtureAdapters, type RouteHandler, startFixtureServer } from '@vigil/collect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningWorker, startWorker } from '../main/worker.ts';
import { findJob, JOB, jobSchema, sendJob } from '../repositories/job.repository.ts';
import { queueDueMonitoring, runPlatformCrawl } from '../services/crawl.service.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';

let posts: Record<string, string> = {};
const board: RouteHandler = (_req, res) =>
  void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
    `<html><body>${Object.entries(posts)
      .map(
        ([id, text]) => `<article class="post" data-id="${id}"><h2>Post ${id}</h2><p>${text}</p></article>`,
      )
      .join('')}</body></html>`,
  );

type JobLine = { job: string; id: string; outcome: 'done' | 'failed'; detail: unknown };

let t: TestApp;
let fixture: FixtureServer;
let dataDir: string;
let worker: RunningWorker;
let investigator: TestClient;
let operationId: string;
const lines: JobLine[] = [];

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 1200; i++) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; jobs so far: ${JSON.stringify(lines)}`);
}
const jobLine = (id: string) => until(`job ${id}`, () => lines.find((l) => l.id === id));

async function platform(name: string): Promise<string> {
  const created = await investigator.post(`/api/operations/${operationId}/platforms`, {
    name,
    kind: 'classifieds',
    addresses: [`${fixture.origin}/`],
    countries: ['NL'],
  });
  expect(created.statusCode).toBe(201);
  return created.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  fixture = await startFixtureServer({ classifiedsAds: 6, extraRoutes: new Map([['/board', board]]) });
  dataDir = await mkdtemp(join(tmpdir(), 'vigil-worker-'));
  // The API reads evidence from the same data directory the worker writes it to.
  t.app.deps.config.dataDir = dataDir;
  await t.signIn('administrator', 'NL');
  const coordinator = await t.signIn('coordinator', 'NL');
  investigator = await t.signIn('investigator', 'NL');
  operationId = (
    await coordinator.post('/api/operations', { name: 'Synthetic day', countries: ['NL'] })
  ).json().id;
  worker = await startWorker(t.database, {
    dataDir,
    allowLocal: true,
    pollSeconds: 0.5,
    monitoring: false,
    onJob: (line) => lines.push(line),
  });
});

afterAll(async () => {
  await worker?.stop();
  if (t?.database.schemaName !== 'public')
    await t?.database.pool
      .query(`DROP SCHEMA IF EXISTS "${jobSchema(t.database)}" CASCADE`)
      .catch(() => undefined);
  await fixture?.close();
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('vigil worker (pg-boss) against the fixture site', () => {
  it('records a failing job and goes on to crawl a platform queued through the API into the live feed', async () => {
    const bad = await sendJob(
      t.database,
      JOB.crawlPlatform,
      {
        crawlId: randomUUID(),
        platformId: randomUUID(),
        adapter: fixtureAdapters(fixture.origin).classifieds,
        requestedBy: investigator.user.id,
      },
      { retryLimit: 0 },
    );
    const platformId = await platform('Fixture classifieds');
    const queued = await investigator.post(`/api/platforms/${platformId}/crawl`, {
      adapter: fixtureAdapters(fixture.origin).classifieds,
    });
    expect(queued.statusCode).toBe(202);
    const { jobId } = queued.json() as { jobId: string; crawlId: string };

    expect((await jobLine(bad!)).outcome).toBe('failed');
    const done = await jobLine(jobId);
    expect(done).toMatchObject({
      outcome: 'done',
      detail: { pages: 7, items: 6, newItems: 6, continued: false },
    });
    expect(await findJob(t.database, JOB.crawlPlatform, bad!)).toMatchObject({
      state: 'failed',
      output: { message: 'platform not found' },
    });
    expect((await findJob(t.database, JOB.crawlPlatform, jobId))?.state).toBe('completed');

    // Items are analysed on arrival, linked to their WARC and announced on the live feed.
    const items = (
      await investigator.get(`/api/operations/${operationId}/items?platformId=${platformId}`)
    ).json() as {
      id: string;
    }[];
    expect(items).toHaveLength(6);
    const { rows } = await t.database.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM items WHERE platform_id = $1 AND evidence_id IS NOT NULL AND analysis IS NOT NULL`,
      [platformId],
    );
    expect(Number(rows[0]!.n)).toBe(6);
    const events = (
      await investigator.get(`/api/operations/${operationId}/events/backlog?limit=100`)
    ).json() as {
      type: string;
      payload: { platformId?: string };
    }[];
    expect(events.filter((e) => e.type === 'item.created')).toHaveLength(6);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['crawl.requested', 'crawl.finished']));

    // Reading and exporting the evidence are custody entries next to the capture.
    const evidence = (await investigator.get(`/api/items/${items[0]!.id}/evidence`)).json() as {
      sha256: string;
      kind: string;
      custody: { action: string; actor: string }[];
    }[];
    const warc = evidence.find((e) => e.kind === 'warc')!;
    expect(warc.custody.map((c) => c.action)).toEqual(['capture', 'access']);
    const download = await investigator.get(`/api/items/${items[0]!.id}/evidence/${warc.sha256}`);
    expect(download.statusCode).toBe(200);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(warc.sha256);
    const again = (await investigator.get(`/api/items/${items[0]!.id}/evidence`)).json() as typeof evidence;
    expect(again.find((e) => e.sha256 === warc.sha256)!.custody.map((c) => [c.action, c.actor])).toEqual([
      ['capture', investigator.user.id],
      ['access', investigator.user.id],
      ['export', investigator.user.id],
      ['access', investigator.user.id],
    ]);
  });

  it('monitors a flagged platform: changed and removed items become events', async () => {
    posts = { a: 'Cleaning job, fair pay, contract in English.', b: 'Room to let near the station.' };
    const platformId = await platform('Fixture board');
    const adapter = { name: 'board', startUrls: [`${fixture.origin}/board`], local: true };
    const first = (await investigator.post(`/api/platforms/${platformId}/crawl`, { adapter })).json() as {
      jobId: string;
    };
    expect((await jobLine(first.jobId)).outcome).toBe('done');
    await t.database.pool.query(
      `UPDATE platforms SET flagged_for_follow_up = 1, monitoring_schedule = 'every 6h' WHERE id = $1`,
      [platformId],
    );
    expect(
      await queueDueMonitoring({ database: t.database, eventsCommitted: () => undefined }, new Date()),
    ).toContain(platformId);
    await until('first monitoring round', () =>
      lines.find((l) => l.job === JOB.monitorPlatform && l.outcome === 'done'),
    );
    posts = { a: 'Cleaning job, fair pay, contract in English. Updated: now also weekends.' };
    const second = await sendJob(t.database, JOB.monitorPlatform, { platformId });
    expect(await jobLine(second!)).toMatchObject({ outcome: 'done', detail: { changed: 1, removed: 1 } });
    const events = (
      await investigator.get(`/api/operations/${operationId}/events/backlog?limit=200`)
    ).json() as {
      type: string;
      payload: { platformId?: string; url?: string };
    }[];
    const mine = events.filter((e) => e.payload.platformId === platformId);
    expect(mine.filter((e) => e.type === 'item.changed')).toHaveLength(1);
    expect(mine.filter((e) => e.type === 'item.removed')).toHaveLength(1);
    expect(mine.filter((e) => e.type === 'crawl.monitored')).toHaveLength(2);
  });

  it('refuses what it must: local adapters on a worker without --allow-local, platforms without a web address', async () => {
    const platformId = await platform('Fixture refused');
    const ctx = { database: t.database, eventsCommitted: () => undefined };
    await expect(
      runPlatformCrawl(
        ctx,
        {
          crawlId: randomUUID(),
          platformId,
          adapter: fixtureAdapters(fixture.origin).classifieds!,
          requestedBy: investigator.user.id,
        },
        { dataDir, allowLocal: false, sliceMs: 60_000 },
      ),
    ).rejects.toThrow(/--allow-local/);
    const bare = await investigator.post(`/api/operations/${operationId}/platforms`, {
      name: 'Only a Telegram handle',
      kind: 'messaging',
      addresses: ['@synthetic_channel'],
    });
    const refused = await investigator.post(`/api/platforms/${bare.json().id}/crawl`, {});
    expect(refused.statusCode).toBe(400);
    const invalid = await investigator.post(`/api/platforms/${platformId}/crawl`, { adapter: { name: 'x' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().message).toMatch(/startUrls/);
  });
});
