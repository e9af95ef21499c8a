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

/** In-memory queue with the same semantics as the Postgres one, for unit tests. */
export class MemoryCrawlQueue implements CrawlQueue {
  readonly rows: Row[] = [];
  private readonly bytes = new Map<string, number>();
  private readonly urls = new Map<string, Set<string>>();
  private readonly byId = new Map<number, Row>();
  constructor(private readonly now: () => number = Date.now) {}

  async startRun() {}

  async enqueue(crawlId: string, requests: NewRequest[], maxTotal: number) {
    let added = 0;
    const urls = this.urls.get(crawlId) ?? new Set<string>();
    this.urls.set(crawlId, urls);
    for (const r of requests) {
      if (urls.size >= maxTotal) break;
      if (r.url.length > maxUrlLength || urls.has(r.url)) continue;
      urls.add(r.url);
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
      added++;
    }
    return added;
  }
  async lease(crawlId: string, owner: string, limit: number, leaseMs: number) {
    const now = this.now();
    const due = this.rows
      .filter(
        (r) =>
          r.crawlId === crawlId &&
          ((r.status === 'queued' && r.notBefore <= now) ||
            (r.status === 'leased' && (r.leaseUntil ?? 0) < now)),
      )
      .sort((a, b) => a.depth - b.depth || a.id - b.id)
      .slice(0, limit);
    for (const r of due)
      Object.assign(r, {
        status: 'leased',
        leaseOwner: owner,
        leaseUntil: now + leaseMs,
        attempts: r.attempts + 1,
      });
    return due.map(({ id, url, kind, depth, attempts }) => ({ id, url, kind, depth, attempts }));
  }
  private mine(id: number, owner: string): Row | undefined {
    const r = this.byId.get(id);
    return r && r.status === 'leased' && r.leaseOwner === owner ? r : undefined;
  }
  async complete(id: number, owner: string, evidenceId: string | undefined) {
    const r = this.mine(id, owner);
    if (r) Object.assign(r, { status: 'done', evidenceId });
  }
  async retry(id: number, owner: string, error: string, delayMs: number) {
    const r = this.mine(id, owner);
    if (r) Object.assign(r, { status: 'queued', lastError: error, notBefore: this.now() + delayMs });
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
    const open = this.rows.filter(
      (r) => r.crawlId === crawlId && (r.status === 'queued' || r.status === 'leased'),
    );
    if (!open.length) return undefined;
    const now = this.now();
    return Math.max(
      0,
      Math.min(...open.map((r) => (r.status === 'queued' ? r.notBefore : (r.leaseUntil ?? now)) - now)),
    );
  }
  async addBytes(crawlId: string, bytes: number) {
    const total = (this.bytes.get(crawlId) ?? 0) + bytes;
    this.bytes.set(crawlId, total);
    return total;
  }
}
