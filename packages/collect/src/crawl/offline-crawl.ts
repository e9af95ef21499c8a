import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter } from '../adapters/adapter-types.ts';
import { parseAdapter } from '../adapters/adapter-validate.ts';
import { browserAvailable, launchBrowser } from '../evidence/browser-capture.ts';
import { EvidenceStore } from '../evidence/evidence-store.ts';
import { EvidenceWriter } from '../evidence/evidence-writer.ts';
import { JsonlEvidenceIndex } from '../evidence/jsonl-evidence-index.ts';
import { recoverStore } from '../evidence/recover-store.ts';
import { isOnion } from '../tor/router.ts';
import type { Socks5Options } from '../tor/socks5-connector.ts';
import { loadAnalyzer } from './analyzer.ts';
import type { CrawlDeps, CrawlSummary } from './crawl-types.ts';
import { runCrawl } from './crawler.ts';
import { type CapturedItem, JsonlItemSink } from './item-sink.ts';
import { MemoryCrawlQueue } from './memory-crawl-queue.ts';

/** An adapter file, or a bare platform URL crawled with the generic adapter. */
export function adapterFor(target: string): Adapter {
  if (/^https?:\/\//i.test(target)) {
    const url = new URL(target);
    return { name: url.host, startUrls: [url.href], ...(isOnion(url) ? { tor: true } : {}) };
  }
  if (!existsSync(target)) throw new Error(`no such adapter file or URL: ${target}`);
  return parseAdapter(readFileSync(target, 'utf8'), target);
}

export interface OfflineCrawlOptions {
  target: string;
  outDir: string;
  capturedBy: string;
  tor?: Socks5Options;
  maxPages?: number;
  log?: CrawlDeps['log'];
}

/**
 * `vigil crawl` without a database: evidence store and JSONL index in `outDir`, items appended to
 * `outDir/items.jsonl`, analysed on arrival when the analysis engine provides `analyzeItem`.
 */
export async function crawlToDirectory(
  options: OfflineCrawlOptions,
): Promise<{ summary: CrawlSummary; newItems: CapturedItem[]; analysed: boolean }> {
  const base = adapterFor(options.target);
  const adapter: Adapter = options.maxPages
    ? { ...base, limits: { ...base.limits, maxPages: options.maxPages } }
    : base;
  mkdirSync(options.outDir, { recursive: true });
  const store = new EvidenceStore(options.outDir);
  const index = new JsonlEvidenceIndex(options.outDir);
  await recoverStore(store, index, options.capturedBy);
  const analyze = await loadAnalyzer();
  const newItems: CapturedItem[] = [];
  const summary = await runCrawl(
    { crawlId: randomUUID(), adapter, owner: `cli:${process.pid}`, capturedBy: options.capturedBy },
    {
      queue: new MemoryCrawlQueue(),
      writer: new EvidenceWriter(store, index),
      sink: await JsonlItemSink.open(join(options.outDir, 'items.jsonl')),
      onNewItems: (items) => void newItems.push(...items),
      ...(analyze ? { analyze } : {}),
      ...(options.tor ? { tor: options.tor } : {}),
      ...(options.log ? { log: options.log } : {}),
      ...(adapter.needsBrowser && browserAvailable() ? { launchBrowser } : {}),
    },
  );
  return { summary, newItems, analysed: Boolean(analyze) };
}
