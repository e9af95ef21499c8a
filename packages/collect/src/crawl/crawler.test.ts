import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Adapter } from '../adapters/adapter-types.ts';
import { MemoryEvidenceIndex } from '../evidence/evidence-index.ts';
import { EvidenceStore } from '../evidence/evidence-store.ts';
import { EvidenceWriter } from '../evidence/evidence-writer.ts';
import { verifyPassed, verifyStore } from '../evidence/verify-store.ts';
import { fixtureAdapters } from '../fixtures/fixture-adapters.ts';
import { type FixtureServer, startFixtureServer } from '../fixtures/fixture-server.ts';
import { type OnionFixture, startOnionFixture } from '../fixtures/onion-site.ts';
import type { CrawlDeps } from './crawl-types.ts';
import { runCrawl } from './crawler.ts';
import { MemoryItemSink } from './item-sink.ts';
import { MemoryCrawlQueue } from './memory-crawl-queue.ts';

let fixture: FixtureServer;
let onion: OnionFixture;
let dir: string;
beforeAll(async () => {
  fixture = await startFixtureServer({ classifiedsAds: 25 });
  onion = await startOnionFixture();
  dir = await mkdtemp(join(tmpdir(), 'vigil-crawl-'));
});
afterAll(async () => {
  await fixture.close();
  await onion.close();
  await rm(dir, { recursive: true, force: true });
});

function setup(name: string) {
  const store = new EvidenceStore(join(dir, name));
  const index = new MemoryEvidenceIndex();
  const deps = {
    queue: new MemoryCrawlQueue(),
    writer: new EvidenceWriter(store, index),
    sink: new MemoryItemSink(),
  } satisfies CrawlDeps;
  return { store, index, deps };
}

const limits = { totalTimeoutMs: 4000, headersTimeoutMs: 3000, bodyTimeoutMs: 3000, maxBytes: 512 * 1024 };
const base = { owner: 'w1', capturedBy: 'tester', limits, backoffBaseMs: 10 };

describe('runCrawl', () => {
  it('crawls the classifieds fixture: listings, pagination, item pages, images, evidence', async () => {
    const { store, index, deps } = setup('classifieds');
    const adapter = fixtureAdapters(fixture.origin).classifieds!;
    const summary = await runCrawl({ ...base, crawlId: 'c1', adapter }, deps);
    expect(summary.stoppedBy).toBe('done');
    expect(summary.pages).toBe(3 + 25);
    expect(deps.sink.items.size).toBe(25);
    const stats = await deps.queue.stats('c1');
    expect(stats).toEqual({ queued: 0, leased: 0, done: 28, failed: 0 });
    const item = [...deps.sink.items.values()].find((i) => i.url.endsWith('/classifieds/ad/3'))!;
    expect(item.title).toContain('#3');
    expect(item.imageHashes).toHaveLength(1);
    expect(await index.get(item.evidenceSha256)).toBeDefined();
    const images = [...index.rows.values()].filter((r) => r.kind === 'image');
    expect(images).toHaveLength(5); // 25 ads share 5 images: stored once each
    expect(verifyPassed(await verifyStore(store, index))).toBe(true);
  });

  it('is idempotent: crawling again adds no duplicate items', async () => {
    const { deps } = setup('again');
    const adapter = fixtureAdapters(fixture.origin).forum!;
    const first = await runCrawl({ ...base, crawlId: 'a', adapter }, deps);
    const second = await runCrawl({ ...base, crawlId: 'b', adapter }, deps);
    expect(first.newItems).toBe(4);
    expect(second.items).toBe(4);
    expect(second.newItems).toBe(0);
  });

  it('bounds and records every hostile endpoint without crashing or hanging', async () => {
    const { store, index, deps } = setup('hostile');
    const paths = [
      'no-headers',
      'drip',
      'reset',
      'reset-mid-body',
      'loop-a',
      'chain/0',
      'huge',
      'gzip-bomb',
      'bad-gzip',
      'malformed',
      'cp1251',
      'binary',
      'script',
      'to-private',
    ];
    const adapter: Adapter = {
      name: 'hostile',
      local: true,
      startUrls: paths.map((p) => `${fixture.origin}/hostile/${p}`),
      rate: { minDelayMs: 0, concurrency: 8 },
    };
    const summary = await runCrawl({ ...base, crawlId: 'h', adapter, maxAttempts: 1 }, deps);
    const stats = await deps.queue.stats('h');
    expect(stats.queued + stats.leased).toBe(0);
    expect(stats.done + stats.failed).toBe(paths.length);
    expect(summary.failures).toMatchObject({
      timeout: 2,
      too_large: 2,
      redirect_loop: 1,
      too_many_redirects: 1,
      blocked_address: 1,
      decode: 1,
    });
    // Every request, failed or not, left a WARC capture.
    expect([...index.rows.values()].filter((r) => r.kind === 'warc')).toHaveLength(paths.length);
    expect(verifyPassed(await verifyStore(store, index))).toBe(true);
    const scripted = [...deps.sink.items.values()].find((i) => i.title.includes('payloads'));
    expect(scripted?.text).not.toMatch(/pwned|alert/);
  });

  it('retries 503 with backoff, then succeeds', async () => {
    const { deps } = setup('flaky');
    const adapter: Adapter = {
      name: 'flaky',
      local: true,
      startUrls: [`${fixture.origin}/hostile/flaky/x`],
      rate: { minDelayMs: 0, concurrency: 1 },
    };
    const summary = await runCrawl({ ...base, crawlId: 'f', adapter }, deps);
    expect(summary.failures).toEqual({ 'HTTP 503': 2 });
    expect(await deps.queue.stats('f')).toMatchObject({ done: 1, failed: 0 });
    expect(deps.queue.rows[0]?.attempts).toBe(3);
  });

  it('refuses a non-local adapter pointing at 127.0.0.1', async () => {
    const { deps } = setup('ssrf');
    const adapter: Adapter = { name: 'ssrf', startUrls: [`${fixture.origin}/classifieds/`] };
    const summary = await runCrawl({ ...base, crawlId: 's', adapter }, deps);
    expect(summary.failures).toEqual({ blocked_address: 1 });
    expect(deps.sink.items.size).toBe(0);
  });

  it('crawls the onion fixture only through the SOCKS5 proxy', async () => {
    const { deps } = setup('onion');
    const adapter = fixtureAdapters(fixture.origin, onion.onionOrigin).onion!;
    const summary = await runCrawl(
      { ...base, crawlId: 'o', adapter },
      {
        ...deps,
        tor: { host: onion.stub.host, port: onion.stub.port },
        resolveAll: async (h) => {
          throw new Error(`lookup ${h}`);
        },
      },
    );
    expect(summary.failures).toEqual({});
    expect(deps.sink.items.size).toBe(2);
    expect(onion.stub.requests.every((r) => r.atyp === 3)).toBe(true);
  });

  it('respects maxPages and maxDepth', async () => {
    const { deps } = setup('limits');
    const adapter = { ...fixtureAdapters(fixture.origin).classifieds!, limits: { maxPages: 5, maxDepth: 1 } };
    const summary = await runCrawl({ ...base, crawlId: 'l', adapter }, deps);
    expect(summary.pages).toBe(5);
    expect(Math.max(...deps.queue.rows.map((r) => r.depth))).toBeLessThanOrEqual(1);
  });
});
