import type { PageKind } from '../adapters/extract-types.ts';

export interface NewRequest {
  url: string;
  kind: PageKind;
  depth: number;
}

export interface LeasedRequest extends NewRequest {
  id: number;
  /** Including this lease. */
  attempts: number;
}

export interface QueueStats {
  queued: number;
  leased: number;
  done: number;
  failed: number;
}

/**
 * The crawl request queue. The Postgres implementation is shared by workers and survives a
 * SIGKILL: leases expire, so a dead worker's requests become available again.
 */
export interface CrawlQueue {
  /** Record the crawl run (idempotent): the adapter it follows and its counters. */
  startRun(
    crawlId: string,
    adapter: unknown,
    meta: { operationId?: string; platformId?: string },
  ): Promise<void>;
  /** Adds requests not yet in this crawl (by URL); returns how many were new. Stops at maxTotal requests. */
  enqueue(crawlId: string, requests: NewRequest[], maxTotal: number): Promise<number>;
  lease(crawlId: string, owner: string, limit: number, leaseMs: number): Promise<LeasedRequest[]>;
  complete(id: number, owner: string, evidenceId: string | undefined): Promise<void>;
  /** Back to the queue after `delayMs` (retryable failure). */
  retry(id: number, owner: string, error: string, delayMs: number): Promise<void>;
  fail(id: number, owner: string, error: string, evidenceId: string | undefined): Promise<void>;
  stats(crawlId: string): Promise<QueueStats>;
  /** Milliseconds until the next queued request becomes due, or undefined if none is queued or leased. */
  nextDueInMs(crawlId: string): Promise<number | undefined>;
  /** Add to the crawl's byte counter; returns the new total. */
  addBytes(crawlId: string, bytes: number): Promise<number>;
}

/** URLs longer than this are not queued (index limits; no real listing needs them). */
export const maxUrlLength = 2000;
