import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ItemAnalysis } from '@vigil/analysis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryItemSink } from '../crawl/item-sink.ts';
import { MemoryCrawlQueue } from '../crawl/memory-crawl-queue.ts';
import { MemoryEvidenceIndex } from '../evidence/evidence-index.ts';
import { EvidenceStore } from '../evidence/evidence-store.ts';
import { EvidenceWriter } from '../evidence/evidence-writer.ts';
import type { RouteHandler } from '../fixtures/fixture-server.ts';
import { type FixtureServer, startFixtureServer } from '../fixtures/fixture-server.ts';
import { type MonitorEvent, runMonitorRound } from './monitor-round.ts';
import { MemoryMonitorStore } from './monitor-store.ts';
import { duePlatforms, scheduleIntervalMs } from './schedule.ts';
import { diffSnapshot } from './snapshot-diff.ts';

let posts: Record<string, string> = {};
const board: RouteHandler = (_req, res) =>
  void res.writeHead(200, { 'content-type': 'text/html' }).end(
    Object.entries(posts)
      .map(
        ([id, text]) =>
          `<article class="post"><h2><a href="/p/${id}">Post ${id}</a></h2><p>${text}</p></article>`,
      )
      .join(''),
  );

let fixture: FixtureServer;
let dir: string;
beforeAll(async () => {
  fixture = await startFixtureServer({ extraRoutes: new Map([['/board', board]]) });
  dir = await mkdtemp(join(tmpdir(), 'vigil-monitor-'));
});
afterAll(async () => {
  await fixture.close();
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in scorer injected as the analyzer: the real engine is tested in packages/analysis. */
const analyze = (item: { id: string; text: string }): ItemAnalysis => ({
  id: item.id,
  lang: 'en',
  kind: 'other',
  kindReasons: [],
  score: /passport/i.test(item.text) ? 80 : 5,
  reasons: [],
  selectors: [],
  indicators: [],
  rulesVersion: 'test',
});

describe('schedule', () => {
  it('parses schedules and finds due platforms', () => {
    expect(scheduleIntervalMs('every 6h')).toBe(6 * 3_600_000);
    expect(scheduleIntervalMs('daily')).toBe(86_400_000);
    expect(scheduleIntervalMs('every 1m')).toBeUndefined();
    expect(scheduleIntervalMs('whenever')).toBeUndefined();
    const now = new Date('2026-11-28T12:00:00Z');
    const platforms = [
      {
        key: 'a',
        schedule: 'every 6h',
        flaggedForFollowUp: true,
        lastRunAt: new Date('2026-11-28T05:00:00Z'),
      },
      {
        key: 'b',
        schedule: 'every 6h',
        flaggedForFollowUp: true,
        lastRunAt: new Date('2026-11-28T09:00:00Z'),
      },
      { key: 'c', schedule: 'every 6h', flaggedForFollowUp: false },
      { key: 'd', schedule: 'hourly', flaggedForFollowUp: true },
    ];
    expect(duePlatforms(platforms, now).map((p) => p.key)).toEqual(['a', 'd']);
  });
});

describe('diffSnapshot', () => {
  it('does not call items removed after an incomplete round', () => {
    const previous = new Map([['u1', { contentHash: 'h1' }]]);
    expect(diffSnapshot(previous, [], false).removed).toEqual([]);
    expect(diffSnapshot(previous, [], true).removed).toEqual(['u1']);
  });
});

describe('runMonitorRound', () => {
  it('turns new, changed and removed items into events, with alerts for high scores', async () => {
    const index = new MemoryEvidenceIndex();
    const store = new MemoryMonitorStore();
    const events: MonitorEvent[] = [];
    const deps = {
      queue: new MemoryCrawlQueue(),
      writer: new EvidenceWriter(new EvidenceStore(dir), index),
      sink: new MemoryItemSink(),
      analyze,
      store,
      emit: (e: MonitorEvent) => void events.push(e),
    };
    const options = {
      platformKey: 'board',
      adapter: {
        name: 'board',
        local: true,
        startUrls: [`${fixture.origin}/board`],
        rate: { minDelayMs: 0, concurrency: 1 },
      },
      capturedBy: 'monitor',
      owner: 'w',
      alertThreshold: 50,
    };
    posts = { '1': 'Bike for sale', '2': 'Sofa', '3': 'Lamp' };
    await runMonitorRound(options, deps);
    expect(events.map((e) => e.type)).toEqual(['item.new', 'item.new', 'item.new']);

    events.length = 0;
    posts = {
      '1': 'Bike for sale',
      '2': 'Sofa. Passport kept by the agency.',
      '4': 'Work abroad, passport held',
    };
    const round = await runMonitorRound(options, deps);
    expect(round.complete).toBe(true);
    const byType = (t: string) =>
      events.filter((e) => e.type === t).map((e) => e.url.replace(fixture.origin, ''));
    expect(byType('item.new')).toEqual(['/p/4']);
    expect(byType('item.changed')).toEqual(['/p/2']);
    expect(byType('item.removed')).toEqual(['/p/3']);
    expect(byType('alert').sort()).toEqual(['/p/2', '/p/4']);

    events.length = 0;
    await runMonitorRound(options, deps);
    expect(events).toEqual([]);
  });
});
