import { hostname } from 'node:os';
import type { Adapter } from '../adapters/adapter-types.ts';
import { validateAdapter } from '../adapters/adapter-validate.ts';
import { loadAnalyzer } from '../crawl/analyzer.ts';
import type { CrawlDeps } from '../crawl/crawl-types.ts';
import type { ItemSink } from '../crawl/item-sink.ts';
import { PgCrawlQueue } from '../crawl/pg-crawl-queue.ts';
import type { SqlPool } from '../crawl/sql-client.ts';
import { EvidenceStore } from '../evidence/evidence-store.ts';
import { EvidenceWriter } from '../evidence/evidence-writer.ts';
import { PgEvidenceIndex } from '../evidence/pg-evidence-index.ts';
import { recoverStore } from '../evidence/recover-store.ts';
import type { Socks5Options } from '../tor/socks5-connector.ts';
import { type MonitorEvent, runMonitorRound } from './monitor-round.ts';
import { PgMonitorStore } from './monitor-store.ts';

/** What a monitoring-round job carries. */
export interface MonitorJobPayload {
  adapter: unknown;
  /** Platform id (or adapter name) under which the last round's snapshot is kept. */
  platformKey: string;
  operationId?: string;
  platformId?: string;
  capturedBy: string;
  alertThreshold: number;
}

export interface MonitorJobDeps {
  pool: SqlPool;
  dataDir: string;
  sink: ItemSink;
  emit: (event: MonitorEvent) => Promise<void> | void;
  tor?: Socks5Options;
  launchBrowser?: CrawlDeps['launchBrowser'];
  workerId?: string;
}

/**
 * One monitoring round as a worker runs it: full-evidence re-crawl into the database queue, then the
 * new / changed / removed diff against the snapshot in `monitor_items`. A round killed half-way
 * applies nothing, so re-running it (pg-boss retry) gives the same diff.
 */
export async function runMonitorJob(payload: MonitorJobPayload, deps: MonitorJobDeps) {
  const adapter: Adapter = validateAdapter(payload.adapter, 'monitor job');
  const owner = deps.workerId ?? `${hostname()}:${process.pid}`;
  const store = new EvidenceStore(deps.dataDir);
  const index = new PgEvidenceIndex(deps.pool);
  await recoverStore(store, index, owner);
  const analyze = await loadAnalyzer();
  const queue = new PgCrawlQueue(deps.pool);
  const result = await runMonitorRound(
    {
      platformKey: payload.platformKey,
      adapter,
      capturedBy: payload.capturedBy,
      owner,
      alertThreshold: payload.alertThreshold,
      ...(payload.operationId ? { operationId: payload.operationId } : {}),
      ...(payload.platformId ? { platformId: payload.platformId } : {}),
    },
    {
      queue,
      writer: new EvidenceWriter(store, index),
      sink: deps.sink,
      store: new PgMonitorStore(deps.pool),
      emit: deps.emit,
      ...(analyze ? { analyze } : {}),
      ...(deps.tor ? { tor: deps.tor } : {}),
      ...(deps.launchBrowser ? { launchBrowser: deps.launchBrowser } : {}),
    },
  );
  await queue.finishRun(result.summary.crawlId, result.summary.stoppedBy === 'done' ? 'done' : 'stopped');
  return result;
}
