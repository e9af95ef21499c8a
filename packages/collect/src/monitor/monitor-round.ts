import { randomUUID } from 'node:crypto';
import type { Adapter } from '../adapters/adapter-types.ts';
import type { CrawlDeps } from '../crawl/crawl-types.ts';
import { runCrawl } from '../crawl/crawler.ts';
import type { CapturedItem, ItemSink } from '../crawl/item-sink.ts';
import type { MonitorStore } from './monitor-store.ts';
import { diffSnapshot, type SeenItem } from './snapshot-diff.ts';

export type MonitorEvent =
  | {
      type: 'item.new' | 'item.changed';
      platformKey: string;
      url: string;
      contentHash: string;
      score?: number;
      title?: string;
    }
  | { type: 'item.removed'; platformKey: string; url: string }
  | { type: 'alert'; platformKey: string; url: string; score: number; reason: string };

export interface MonitorRoundOptions {
  platformKey: string;
  adapter: Adapter;
  capturedBy: string;
  owner: string;
  /** Items scoring at least this raise an alert when they are new or changed. */
  alertThreshold: number;
  operationId?: string;
  platformId?: string;
}

/** Passes items on to the real sink and remembers every item seen, new or not. */
class SeenSink implements ItemSink {
  readonly seen: CapturedItem[] = [];
  constructor(private readonly inner: ItemSink) {}
  write(items: CapturedItem[]) {
    this.seen.push(...items);
    return this.inner.write(items);
  }
}

/**
 * One monitoring round: crawl the platform again (new crawl id, full evidence), compare with the
 * last round by URL and content hash, and emit item.new / item.changed / item.removed and alerts.
 */
export async function runMonitorRound(
  options: MonitorRoundOptions,
  deps: Omit<CrawlDeps, 'sink'> & {
    sink: ItemSink;
    store: MonitorStore;
    emit: (event: MonitorEvent) => Promise<void> | void;
  },
) {
  const sink = new SeenSink(deps.sink);
  const summary = await runCrawl(
    {
      crawlId: `monitor-${options.platformKey}-${randomUUID()}`,
      adapter: options.adapter,
      owner: options.owner,
      capturedBy: options.capturedBy,
      ...(options.operationId ? { operationId: options.operationId } : {}),
      ...(options.platformId ? { platformId: options.platformId } : {}),
    },
    { ...deps, sink },
  );
  const seen: SeenItem[] = sink.seen.map((i) => ({
    url: i.url,
    contentHash: i.contentHash,
    title: i.title,
    ...(i.analysis ? { score: i.analysis.score } : {}),
  }));
  // A round with failed pages may have missed items that still exist: do not call them removed.
  const complete = summary.stoppedBy === 'done' && Object.keys(summary.failures).length === 0;
  const previous = await deps.store.load(options.platformKey);
  const diff = diffSnapshot(previous, seen, complete);
  const key = options.platformKey;
  for (const item of diff.added) await deps.emit({ type: 'item.new', platformKey: key, ...item });
  for (const { previousHash: _, ...item } of diff.changed)
    await deps.emit({ type: 'item.changed', platformKey: key, ...item });
  for (const url of diff.removed) await deps.emit({ type: 'item.removed', platformKey: key, url });
  for (const item of [...diff.added, ...diff.changed])
    if (item.score !== undefined && item.score >= options.alertThreshold)
      await deps.emit({
        type: 'alert',
        platformKey: key,
        url: item.url,
        score: item.score,
        reason: `score ${item.score} >= ${options.alertThreshold}`,
      });
  await deps.store.apply(key, seen, diff);
  return { summary, diff, complete };
}
