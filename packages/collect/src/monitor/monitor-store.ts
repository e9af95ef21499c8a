import type { SqlClient } from '../crawl/sql-client.ts';
import type { SeenItem, SnapshotDiff, SnapshotEntry } from './snapshot-diff.ts';

/** What monitoring remembers per platform between rounds. */
export interface MonitorStore {
  load(platformKey: string): Promise<Map<string, SnapshotEntry>>;
  apply(platformKey: string, seen: SeenItem[], diff: SnapshotDiff): Promise<void>;
}

export class MemoryMonitorStore implements MonitorStore {
  readonly data = new Map<string, Map<string, SnapshotEntry>>();
  async load(key: string) {
    return new Map(this.data.get(key) ?? []);
  }
  async apply(key: string, seen: SeenItem[], diff: SnapshotDiff) {
    const map = this.data.get(key) ?? new Map<string, SnapshotEntry>();
    for (const s of seen) map.set(s.url, { contentHash: s.contentHash });
    for (const url of diff.removed) map.set(url, { ...map.get(url)!, removed: true });
    this.data.set(key, map);
  }
}

/** Table monitor_items. */
export class PgMonitorStore implements MonitorStore {
  constructor(private readonly sql: SqlClient) {}
  async load(key: string) {
    const { rows } = await this.sql.query<{ url: string; content_hash: string; removed_at: Date | null }>(
      'SELECT url, content_hash, removed_at FROM monitor_items WHERE platform_key = $1',
      [key],
    );
    return new Map(rows.map((r) => [r.url, { contentHash: r.content_hash, removed: r.removed_at !== null }]));
  }
  async apply(key: string, seen: SeenItem[], diff: SnapshotDiff) {
    for (let i = 0; i < seen.length; i += 500) {
      const batch = seen.slice(i, i + 500);
      const values = batch.map((_, j) => `($1, $${j * 2 + 2}, $${j * 2 + 3}, now(), now())`).join(', ');
      await this.sql.query(
        `INSERT INTO monitor_items (platform_key, url, content_hash, first_seen, last_seen) VALUES ${values}
         ON CONFLICT (platform_key, url) DO UPDATE SET content_hash = excluded.content_hash, last_seen = now(), removed_at = NULL`,
        [key, ...batch.flatMap((s) => [s.url, s.contentHash])],
      );
    }
    if (diff.removed.length)
      await this.sql.query(
        'UPDATE monitor_items SET removed_at = now() WHERE platform_key = $1 AND url = ANY($2)',
        [key, diff.removed],
      );
  }
}
