import type { CrawlQueue, LeasedRequest, NewRequest, QueueStats } from './crawl-queue.ts';
import { maxUrlLength } from './crawl-queue.ts';

interface Row extends LeasedRequest {
  crawlId: string;
  status: 'queued' | 'leased' | 'done' | 'failed';
  notBefore: number;
  leaseOwner?: string;
  leaseUntil?: number;
  lastError?: string;
  evidenceId?: string;
}

/** Queued rows of one depth in id order; `head` moves instead of shifting the array. */
interface Lane {
  rows: Row[];
  head: number;
}

/** Per crawl: what is ready (by depth), waiting for a retry time, or leased. */
interface Crawl {
  urls: Set<string>;
  lanes: Map<number, Lane>;
  delayed: Set<Row>;
  leased: Set<Row>;
  bytes: number;
}

const byDepthThenId = (a: Row, b: Row) => a.depth - b.depth || a.id - b.id;

/**
 * In-memory queue with the same semantics as the Postgres one (lease the shallowest, oldest due
 * requests; expired leases come back), for unit tests and the offline `vigil crawl`. Leasing costs
 * O(concurrency + depths), not O(all requests), so long offline crawls stay linear.
 */
export class MemoryCrawlQueue implements CrawlQueue {
  readonly rows: Row[] = [];
  private readonly crawls = new Map<string, Crawl>();
  private readonly byId = new Map<number, Row>();
  constructor(private readonly now: () => number = Date.now) {}

  private crawl(crawlId: string): Crawl {
    let c = this.crawls.get(crawlId);
    if (!c) {
      c = { urls: new Set(), lanes: new Map(), delayed: new Set(), leased: new Set(), bytes: 0 };
      this.crawls.set(crawlId, c);
    }
    return c;
  }

  private lane(c: Crawl, depth: number): Lane {
    let lane = c.lanes.get(depth);
    if (!lane) {
      lane = { rows: [], head: 0 };
      c.lanes.set(depth, lane);
    }
    return lane;
  }

  /** Back into its lane at its id position (retries are rare, so a linear search is fine). */
  private requeue(c: Crawl, row: Row): void {
    const lane = this.lane(c, row.depth);
    let i = lane.rows.length;
    while (i > lane.head && lane.rows[i - 1]!.id > row.id) i--;
    lane.rows.splice(i, 0, row);
  }

  async startRun() {}

  async enqueue(crawlId: string, requests: NewRequest[], maxTotal: number) {
    let added = 0;
    const c = this.crawl(crawlId);
    for (const r of requests) {
      if (c.urls.size >= maxTotal) break;
      if (r.url.length > maxUrlLength || c.urls.has(r.url)) continue;
      c.urls.add(r.url);
      const row: Row = {
        ...r,
        id: this.rows.length + 1,
        crawlId,
        attempts: 0,
        status: 'queued',
        notBefore: 0,
      };
      this.rows.push(row);
      this.byId.set(row.id, row);
      this.lane(c, row.depth).rows.push(row);
      added++;
    }
    return added;
  }

  async lease(crawlId: string, owner: string, limit: number, leaseMs: number) {
    const c = this.crawl(crawlId);
    const now = this.now();
    for (const r of c.delayed)
      if (r.notBefore <= now) {
        c.delayed.delete(r);
        this.requeue(c, r);
      }
    const candidates: Row[] = [];
    for (const r of c.leased) if ((r.leaseUntil ?? 0) < now) candidates.push(r);
    for (const lane of c.lanes.values())
      for (let i = lane.head; i < lane.rows.length && i < lane.head + limit; i++)
        candidates.push(lane.rows[i]!);
    const due = candidates.sort(byDepthThenId).slice(0, limit);
    for (const r of due) {
      if (r.status === 'queued') {
        // Lanes are in id order and `due` is too, so the rows taken from a lane are its head.
        const lane = c.lanes.get(r.depth)!;
        lane.head++;
        if (lane.head > 1024 && lane.head * 2 > lane.rows.length) {
          lane.rows.splice(0, lane.head);
          lane.head = 0;
        }
      }
      Object.assign(r, {
        status: 'leased',
        leaseOwner: owner,
        leaseUntil: now + leaseMs,
        attempts: r.attempts + 1,
      });
      c.leased.add(r);
    }
    return due.map(({ id, url, kind, depth, attempts }) => ({ id, url, kind, depth, attempts }));
  }

  private mine(id: number, owner: string): Row | undefined {
    const r = this.byId.get(id);
    if (r?.status !== 'leased' || r.leaseOwner !== owner) return undefined;
    this.crawl(r.crawlId).leased.delete(r);
    return r;
  }
  async complete(id: number, owner: string, evidenceId: string | undefined) {
    const r = this.mine(id, owner);
    if (r) Object.assign(r, { status: 'done', evidenceId });
  }
  async retry(id: number, owner: string, error: string, delayMs: number) {
    const r = this.mine(id, owner);
    if (!r) return;
    Object.assign(r, { status: 'queued', lastError: error, notBefore: this.now() + delayMs });
    this.crawl(r.crawlId).delayed.add(r);
  }
  async fail(id: number, owner: string, error: string, evidenceId: string | undefined) {
    const r = this.mine(id, owner);
    if (r) Object.assign(r, { status: 'failed', lastError: error, evidenceId });
  }
  async stats(crawlId: string): Promise<QueueStats> {
    const s: QueueStats = { queued: 0, leased: 0, done: 0, failed: 0 };
    for (const r of this.rows) if (r.crawlId === crawlId) s[r.status]++;
    return s;
  }
  async nextDueInMs(crawlId: string) {
    const c = this.crawl(crawlId);
    const now = this.now();
    let next: number | undefined;
    const consider = (at: number) => {
      next = next === undefined ? at : Math.min(next, at);
    };
    for (const lane of c.lanes.values()) if (lane.head < lane.rows.length) consider(now);
    for (const r of c.delayed) consider(r.notBefore);
    for (const r of c.leased) consider(r.leaseUntil ?? now);
    return next === undefined ? undefined : Math.max(0, next - now);
  }
  async addBytes(crawlId: string, bytes: number) {
    const c = this.crawl(crawlId);
    c.bytes += bytes;
    return c.bytes;
  }
}
