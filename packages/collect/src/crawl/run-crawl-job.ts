import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Adapter } from '../adapters/adapter-types.ts';
import { validateAdapter } from '../adapters/adapter-validate.ts';
import { EvidenceStore } from '../evidence/evidence-store.ts';
import { EvidenceWriter } from '../evidence/evidence-writer.ts';
import { PgEvidenceIndex } from '../evidence/pg-evidence-index.ts';
import { recoverStore } from '../evidence/recover-store.ts';
import type { Socks5Options } from '../tor/socks5-connector.ts';
import { loadAnalyzer } from './analyzer.ts';
import type { CrawlDeps, CrawlSummary } from './crawl-types.ts';
import { runCrawl } from './crawler.ts';
import type { CapturedItem, ItemSink } from './item-sink.ts';
import { PgCrawlQueue } from './pg-crawl-queue.ts';
import { PgItemSink } from './pg-item-sink.ts';
import type { SqlPool } from './sql-client.ts';

/** What a `crawl.platform` job carries. Re-running a job with the same crawlId resumes it. */
export interface CrawlJobPayload {
  crawlId?: string;
  adapter: unknown;
  operationId: string;
  ownerCountry: string;
  platformId?: string;
  /** User id or worker name recorded as capturer. */
  capturedBy: string;
}

export interface CrawlJobDeps {
  pool: SqlPool;
  dataDir: string;
  tor?: Socks5Options;
  launchBrowser?: CrawlDeps['launchBrowser'];
  onNewItems?: (items: CapturedItem[]) => Promise<void> | void;
  signal?: AbortSignal;
  workerId?: string;
  /** Where items go (default: straight into `items`); the server passes its analyse-and-announce sink. */
  sink?: ItemSink;
  /** How long a leased request stays with this worker before others may take it (tests: short). */
  leaseMs?: number;
  log?: CrawlDeps['log'];
}

/**
 * One crawl job as a worker runs it: sweep the evidence store after any earlier crash, then crawl
 * from the shared database queue into the items table. Validation errors name the field.
 */
export async function runCrawlJob(payload: CrawlJobPayload, deps: CrawlJobDeps): Promise<CrawlSummary> {
  const adapter: Adapter = validateAdapter(payload.adapter, 'job');
  const owner = deps.workerId ?? `${hostname()}:${process.pid}`;
  const store = new EvidenceStore(deps.dataDir);
  const index = new PgEvidenceIndex(deps.pool);
  await recoverStore(store, index, owner);
  const queue = new PgCrawlQueue(deps.pool);
  const crawlId = payload.crawlId ?? randomUUID();
  const analyze = await loadAnalyzer();
  const summary = await runCrawl(
    {
      crawlId,
      adapter,
      owner,
      capturedBy: payload.capturedBy,
      operationId: payload.operationId,
      ...(payload.platformId ? { platformId: payload.platformId } : {}),
      ...(deps.signal ? { signal: deps.signal } : {}),
      ...(deps.leaseMs ? { leaseMs: deps.leaseMs } : {}),
    },
    {
      queue,
      writer: new EvidenceWriter(store, index),
      sink:
        deps.sink ??
        new PgItemSink(deps.pool, {
          operationId: payload.operationId,
          ownerCountry: payload.ownerCountry,
          ...(payload.platformId ? { platformId: payload.platformId } : {}),
        }),
      ...(analyze ? { analyze } : {}),
      ...(deps.tor ? { tor: deps.tor } : {}),
      ...(deps.launchBrowser ? { launchBrowser: deps.launchBrowser } : {}),
      ...(deps.onNewItems ? { onNewItems: deps.onNewItems } : {}),
      ...(deps.log ? { log: deps.log } : {}),
    },
  );
  if (summary.stoppedBy !== 'signal')
    await queue.finishRun(crawlId, summary.stoppedBy === 'done' ? 'done' : 'stopped');
  return summary;
}
