import type { Browser } from 'playwright-core';
import type { Adapter } from '../adapters/adapter-types.ts';
import type { EvidenceWriter } from '../evidence/evidence-writer.ts';
import type { FetchLimits } from '../net/fetch-types.ts';
import type { ResolveAll } from '../net/safe-lookup.ts';
import type { Socks5Options } from '../tor/socks5-connector.ts';
import type { Analyzer } from './analyzer.ts';
import type { CrawlQueue } from './crawl-queue.ts';
import type { CapturedItem, ItemSink } from './item-sink.ts';

export interface CrawlDeps {
  queue: CrawlQueue;
  writer: EvidenceWriter;
  sink: ItemSink;
  analyze?: Analyzer;
  /** Tor SOCKS5 proxy; .onion and Tor-pinned platforms fail without it (never go direct). */
  tor?: Socks5Options;
  resolveAll?: ResolveAll;
  /** Started on first use, only for adapters with needsBrowser. */
  launchBrowser?: () => Promise<Browser>;
  /** Called with every item that was new to the sink (events, monitoring). */
  onNewItems?: (items: CapturedItem[]) => Promise<void> | void;
  log?: (line: CrawlLogLine) => void;
  random?: () => number;
}

export interface CrawlLogLine {
  url: string;
  outcome: 'done' | 'retry' | 'fail';
  reason?: string;
  status?: number;
  items?: number;
}

export interface CrawlOptions {
  crawlId: string;
  adapter: Adapter;
  /** Worker identity holding leases. */
  owner: string;
  /** Recorded in evidence and custody: the user, or the worker for scheduled crawls. */
  capturedBy: string;
  operationId?: string;
  platformId?: string;
  limits?: Partial<FetchLimits>;
  leaseMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  captureImages?: boolean;
  signal?: AbortSignal;
}

export interface CrawlSummary {
  crawlId: string;
  pages: number;
  items: number;
  newItems: number;
  bytes: number;
  failures: Record<string, number>;
  stoppedBy: 'done' | 'maxBytes' | 'signal';
}
