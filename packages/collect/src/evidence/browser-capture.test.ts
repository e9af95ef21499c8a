import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawl } from '../crawl/crawler.ts';
import { MemoryItemSink } from '../crawl/item-sink.ts';
import { MemoryCrawlQueue } from '../crawl/memory-crawl-queue.ts';
import { fixtureAdapters } from '../fixtures/fixture-adapters.ts';
import { type FixtureServer, startFixtureServer } from '../fixtures/fixture-server.ts';
import { defaultLimits } from '../net/fetch-types.ts';
import { createPlatformRouter } from '../tor/router.ts';
import { browserAvailable, chromiumPath, launchBrowser, renderPage } from './browser-capture.ts';
import { MemoryEvidenceIndex } from './evidence-index.ts';
import { EvidenceStore } from './evidence-store.ts';
import { EvidenceWriter } from './evidence-writer.ts';

const available = browserAvailable();
if (!available)
  process.stderr.write(`browser tests skipped: ${chromiumPath} is missing (CI installs Debian chromium)\n`);

let fixture: FixtureServer;
let dir: string;
let browser: Browser | undefined;
beforeAll(async () => {
  fixture = await startFixtureServer();
  dir = await mkdtemp(join(tmpdir(), 'vigil-browser-'));
});
afterAll(async () => {
  await browser?.close();
  await fixture.close();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!available)('browser capture (Debian chromium)', () => {
  it('renders a page that needs JavaScript, extracts its items and stores a full-page screenshot', async () => {
    const index = new MemoryEvidenceIndex();
    const deps = {
      queue: new MemoryCrawlQueue(),
      writer: new EvidenceWriter(new EvidenceStore(dir), index),
      sink: new MemoryItemSink(),
    };
    const adapter = fixtureAdapters(fixture.origin).scripted!;
    const withBrowser = await runCrawl(
      { crawlId: 'js', adapter, owner: 'w', capturedBy: 't' },
      { ...deps, launchBrowser: async () => (browser ??= await launchBrowser()) },
    );
    expect(withBrowser.failures).toEqual({});
    expect(deps.sink.items.size).toBe(3);
    const shots = [...index.rows.values()].filter((r) => r.kind === 'screenshot');
    expect(shots).toHaveLength(1);
    const png = await new EvidenceStore(dir).read(shots[0]!.sha256);
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    const httpOnly = new MemoryItemSink();
    await runCrawl(
      { crawlId: 'js-http', adapter: { ...adapter, needsBrowser: false }, owner: 'w', capturedBy: 't' },
      { ...deps, sink: httpOnly },
    );
    expect(httpOnly.items.size).toBe(0);
  });

  it('routes every request of the page through the safe fetch: a script reaching 10.0.0.1 is refused', async () => {
    // runCrawl closed the browser it used; this test drives its own.
    browser = await launchBrowser();
    const limits = { ...defaultLimits, totalTimeoutMs: 5000 };
    const router = createPlatformRouter({ limits, localOrigins: [fixture.origin] });
    const capture = await renderPage(browser, `${fixture.origin}/hostile/script`, {
      router: router.route,
      limits,
    });
    await router.close();
    expect('requests' in capture).toBe(true);
    if (!('requests' in capture)) return;
    expect(capture.requests).toContainEqual({ url: 'http://10.0.0.1/', outcome: 'blocked_address' });
    expect(capture.renderedHtml).toContain('Ad with payloads');
  });
});
