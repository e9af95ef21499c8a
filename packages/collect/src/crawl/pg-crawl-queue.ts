import type { CrawlQueue, LeasedRequest, NewRequest, QueueStats } from './crawl-queue.ts';
import { maxUrlLength } from './crawl-queue.ts';
import type { SqlClient } from './sql-client.ts';

/** The crawl queue in PostgreSQL (table crawl_requests), shared by all workers. */
export class PgCrawlQueue implements CrawlQueue {
  constructor(private readonly sql: SqlClient) {}

  async startRun(crawlId: string, adapter: unknown, meta: { operationId?: string; platformId?: string }) {
    await this.sql.query(
      `INSERT INTO crawl_runs (id, adapter, operation_id, platform_id) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
      [crawlId, JSON.stringify(adapter), meta.operationId ?? null, meta.platformId ?? null],
    );
  }

  /** Mark the run finished once its queue is drained. */
  async finishRun(crawlId: string, status: 'done' | 'stopped') {
    await this.sql.query(`UPDATE crawl_runs SET status = $2, finished_at = now() WHERE id = $1`, [
      crawlId,
      status,
    ]);
  }

  async enqueue(crawlId: string, requests: NewRequest[], maxTotal: number) {
    const fresh = requests.filter((r) => r.url.length <= maxUrlLength);
    if (!fresh.length) return 0;
    const { rows } = await this.sql.query<{ n: string }>(
      'SELECT count(*) AS n FROM crawl_requests WHERE crawl_id = $1',
      [crawlId],
    );
    const room = maxTotal - Number(rows[0]?.n ?? 0);
    if (room <= 0) return 0;
    const batch = fresh.slice(0, room);
    const values = batch.map((_, i) => `($1, $${i * 3 + 2}, $${i * 3 + 3}, $${i * 3 + 4})`).join(', ');
    const params = [crawlId, ...batch.flatMap((r) => [r.url, r.kind, r.depth])];
    const result = await this.sql.query(
      `INSERT INTO crawl_requests (crawl_id, url, kind, depth) VALUES ${values} ON CONFLICT (crawl_id, url) DO NOTHING`,
      params,
    );
    return result.rowCount ?? 0;
  }

  async lease(crawlId: string, owner: string, limit: number, leaseMs: number): Promise<LeasedRequest[]> {
    const { rows } = await this.sql.query<{
      id: string;
      url: string;
      kind: 'listing' | 'item';
      depth: number;
      attempts: number;
    }>(
      `UPDATE crawl_requests SET status = 'leased', lease_owner = $2,
         lease_until = now() + make_interval(secs => $4::double precision / 1000),
         attempts = attempts + 1, updated_at = now()
       WHERE id IN (
         SELECT id FROM crawl_requests
         WHERE crawl_id = $1
           AND ((status = 'queued' AND not_before <= now()) OR (status = 'leased' AND lease_until < now()))
         ORDER BY depth, id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, url, kind, depth, attempts`,
      [crawlId, owner, limit, leaseMs],
    );
    return rows.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => a.depth - b.depth || a.id - b.id);
  }

  async complete(id: number, owner: string, evidenceId: string | undefined) {
    await this.sql.query(
      `UPDATE crawl_requests SET status = 'done', evidence_id = $3, lease_until = NULL, updated_at = now()
       WHERE id = $1 AND lease_owner = $2 AND status = 'leased'`,
      [id, owner, evidenceId ?? null],
    );
  }

  async retry(id: number, owner: string, error: string, delayMs: number) {
    await this.sql.query(
      `UPDATE crawl_requests SET status = 'queued', last_error = $3, lease_until = NULL, updated_at = now(),
         not_before = now() + make_interval(secs => $4::double precision / 1000)
       WHERE id = $1 AND lease_owner = $2 AND status = 'leased'`,
      [id, owner, error.slice(0, 2000), delayMs],
    );
  }

  async fail(id: number, owner: string, error: string, evidenceId: string | undefined) {
    await this.sql.query(
      `UPDATE crawl_requests SET status = 'failed', last_error = $3, evidence_id = $4, lease_until = NULL, updated_at = now()
       WHERE id = $1 AND lease_owner = $2 AND status = 'leased'`,
      [id, owner, error.slice(0, 2000), evidenceId ?? null],
    );
  }

  async stats(crawlId: string): Promise<QueueStats> {
    const { rows } = await this.sql.query<{ status: keyof QueueStats; n: string }>(
      'SELECT status, count(*) AS n FROM crawl_requests WHERE crawl_id = $1 GROUP BY status',
      [crawlId],
    );
    const s: QueueStats = { queued: 0, leased: 0, done: 0, failed: 0 };
    for (const r of rows) s[r.status] = Number(r.n);
    return s;
  }

  async nextDueInMs(crawlId: string) {
    const { rows } = await this.sql.query<{ ms: number | null }>(
      `SELECT extract(epoch FROM min(CASE WHEN status = 'queued' THEN not_before ELSE lease_until END) - now()) * 1000 AS ms
       FROM crawl_requests WHERE crawl_id = $1 AND status IN ('queued', 'leased')`,
      [crawlId],
    );
    const ms = rows[0]?.ms;
    return ms === null || ms === undefined ? undefined : Math.max(0, Number(ms));
  }

  async addBytes(crawlId: string, bytes: number) {
    const { rows } = await this.sql.query<{ bytes: string }>(
      'UPDATE crawl_runs SET bytes = bytes + $2 WHERE id = $1 RETURNING bytes',
      [crawlId, bytes],
    );
    return Number(rows[0]?.bytes ?? bytes);
  }
}
