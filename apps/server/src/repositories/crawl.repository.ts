import type { SqlClient } from '@vigil/collect';

export interface MonitoredPlatformRow {
  id: string;
  schedule: string;
  flagged: boolean;
  /** When the last monitoring round of this platform started. */
  lastRunAt: Date | undefined;
}

/** Platforms flagged for follow-up that have a monitoring schedule, with their last round. */
export async function monitoredPlatforms(sql: SqlClient): Promise<MonitoredPlatformRow[]> {
  const { rows } = await sql.query<{
    id: string;
    schedule: string;
    flagged: number;
    last_run: Date | null;
  }>(
    `SELECT p.id, p.monitoring_schedule AS schedule, p.flagged_for_follow_up AS flagged,
       (SELECT max(r.created_at) FROM crawl_runs r WHERE r.platform_id = p.id AND r.id LIKE 'monitor-%') AS last_run
     FROM platforms p
     WHERE p.flagged_for_follow_up <> 0 AND p.monitoring_schedule IS NOT NULL`,
  );
  return rows.map((r) => ({
    id: r.id,
    schedule: r.schedule,
    flagged: r.flagged !== 0,
    lastRunAt: r.last_run ? new Date(r.last_run) : undefined,
  }));
}

/** The adapter of the platform's most recent crawl: monitoring re-crawls the way it was crawled. */
export async function lastCrawlAdapter(sql: SqlClient, platformId: string): Promise<unknown | undefined> {
  const { rows } = await sql.query<{ adapter: unknown }>(
    'SELECT adapter FROM crawl_runs WHERE platform_id = $1 ORDER BY created_at DESC LIMIT 1',
    [platformId],
  );
  return rows[0]?.adapter;
}

export interface CrawlRunRow {
  id: string;
  platformId: string | null;
  status: string;
  pages: number;
  bytes: number;
  createdAt: Date;
  finishedAt: Date | null;
}

export async function findCrawlRun(sql: SqlClient, id: string): Promise<CrawlRunRow | undefined> {
  const { rows } = await sql.query<{
    id: string;
    platform_id: string | null;
    status: string;
    pages: number;
    bytes: string;
    created_at: Date;
    finished_at: Date | null;
  }>('SELECT id, platform_id, status, pages, bytes, created_at, finished_at FROM crawl_runs WHERE id = $1', [
    id,
  ]);
  const r = rows[0];
  return r
    ? {
        id: r.id,
        platformId: r.platform_id,
        status: r.status,
        pages: r.pages,
        bytes: Number(r.bytes),
        createdAt: new Date(r.created_at),
        finishedAt: r.finished_at ? new Date(r.finished_at) : null,
      }
    : undefined;
}
