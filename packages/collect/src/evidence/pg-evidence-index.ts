import { inTransaction, type SqlPool } from '../crawl/sql-client.ts';
import {
  type CustodyEntry,
  type CustodyRow,
  custodyHash,
  type EvidenceIndex,
  type EvidenceRow,
  genesisHash,
  type NewEvidence,
} from './evidence-index.ts';

const columns = `id, sha256, kind, size, media_type, target_uri, captured_at, captured_by, operation_id,
  platform_id, crawl_id, warc_record_id, payload_sha256, source`;

type Raw = Record<string, unknown>;

function toRow(r: Raw): EvidenceRow {
  const opt = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  return {
    id: String(r.id),
    sha256: String(r.sha256),
    kind: r.kind as EvidenceRow['kind'],
    size: Number(r.size),
    mediaType: String(r.media_type),
    targetUri: opt(r.target_uri),
    capturedAt: new Date(r.captured_at as string),
    capturedBy: String(r.captured_by),
    operationId: opt(r.operation_id),
    platformId: opt(r.platform_id),
    crawlId: opt(r.crawl_id),
    warcRecordId: opt(r.warc_record_id),
    payloadSha256: opt(r.payload_sha256),
    source: opt(r.source),
  };
}

/** Custody appends serialise on this advisory lock so the hash chain has one order. */
const custodyLock = 0x76_69_67_63; // 'vigc'

/** Evidence rows and the custody chain in PostgreSQL (tables evidence_records, custody_log). */
export class PgEvidenceIndex implements EvidenceIndex {
  /** Custody entries waiting for the next group commit (the advisory lock orders processes). */
  private readonly pending: {
    entry: CustodyEntry;
    resolve: (row: CustodyRow) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private flushing: Promise<void> | undefined;
  constructor(private readonly pool: SqlPool) {}

  async record(row: NewEvidence) {
    const inserted = await this.pool.query<{ id: string }>(
      `INSERT INTO evidence_records (sha256, kind, size, media_type, target_uri, captured_at, captured_by,
         operation_id, platform_id, crawl_id, warc_record_id, payload_sha256, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (sha256) DO NOTHING RETURNING id`,
      [
        row.sha256,
        row.kind,
        row.size,
        row.mediaType,
        row.targetUri ?? null,
        row.capturedAt,
        row.capturedBy,
        row.operationId ?? null,
        row.platformId ?? null,
        row.crawlId ?? null,
        row.warcRecordId ?? null,
        row.payloadSha256 ?? null,
        row.source ?? null,
      ],
    );
    if (inserted.rows[0]) return { id: inserted.rows[0].id, created: true };
    const existing = await this.get(row.sha256);
    if (!existing) throw new Error(`evidence ${row.sha256} neither inserted nor found`);
    return { id: existing.id, created: false };
  }

  async get(sha256: string) {
    const { rows } = await this.pool.query(`SELECT ${columns} FROM evidence_records WHERE sha256 = $1`, [
      sha256,
    ]);
    return rows[0] ? toRow(rows[0]) : undefined;
  }

  async *list() {
    // Keyset pages keep memory flat on stores with millions of objects.
    let after = '';
    for (;;) {
      const { rows } = await this.pool.query(
        `SELECT ${columns} FROM evidence_records WHERE sha256 > $1 ORDER BY sha256 LIMIT 5000`,
        [after],
      );
      for (const r of rows) yield toRow(r);
      if (rows.length < 5000) return;
      after = String(rows.at(-1)!.sha256);
    }
  }

  /**
   * Group commit: entries that arrive while a custody transaction runs go together into the next
   * one (one lock, one read of the chain head, one multi-row INSERT), so concurrent captures do not
   * each pay five round trips. The chain order is the order of the calls.
   */
  appendCustody(entry: CustodyEntry): Promise<CustodyRow> {
    return new Promise((resolve, reject) => {
      this.pending.push({ entry, resolve, reject });
      this.flush();
    });
  }

  private flush(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      while (this.pending.length) {
        const batch = this.pending.splice(0, 500);
        try {
          const rows = await this.appendNow(batch.map((b) => b.entry));
          for (const [i, b] of batch.entries()) b.resolve(rows[i]!);
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
    })().finally(() => {
      this.flushing = undefined;
      if (this.pending.length) this.flush();
    });
  }

  private appendNow(entries: CustodyEntry[]): Promise<CustodyRow[]> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [custodyLock]);
      const last = await client.query<{ hash: string }>(
        'SELECT hash FROM custody_log ORDER BY seq DESC LIMIT 1',
      );
      let prevHash = last.rows[0]?.hash ?? genesisHash;
      const chained = entries.map((entry) => {
        const hash = custodyHash(prevHash, entry);
        const row = { entry, prevHash, hash };
        prevHash = hash;
        return row;
      });
      const params = chained.flatMap(({ entry, prevHash: prev, hash }) => [
        entry.evidenceSha256,
        entry.action,
        entry.actor,
        entry.at,
        JSON.stringify(entry.details ?? {}),
        prev,
        hash,
      ]);
      const values = chained.map(
        (_, i) => `(${Array.from({ length: 7 }, (_, j) => `$${i * 7 + j + 1}`).join(', ')})`,
      );
      const { rows } = await client.query<{ seq: string; hash: string }>(
        `INSERT INTO custody_log (evidence_sha256, action, actor, at, details, prev_hash, hash)
         VALUES ${values.join(', ')} RETURNING seq, hash`,
        params,
      );
      const seqByHash = new Map(rows.map((r) => [r.hash, Number(r.seq)]));
      return chained.map(({ entry, prevHash: prev, hash }) => ({
        ...entry,
        seq: seqByHash.get(hash)!,
        prevHash: prev,
        hash,
      }));
    });
  }

  async custody(sha256?: string): Promise<CustodyRow[]> {
    const { rows } = await this.pool.query(
      `SELECT seq, evidence_sha256, action, actor, at, details, prev_hash, hash FROM custody_log
       ${sha256 ? 'WHERE evidence_sha256 = $1' : ''} ORDER BY seq`,
      sha256 ? [sha256] : [],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      evidenceSha256: String(r.evidence_sha256),
      action: r.action as CustodyRow['action'],
      actor: String(r.actor),
      at: new Date(r.at as string),
      details: (r.details ?? {}) as Record<string, unknown>,
      prevHash: String(r.prev_hash),
      hash: String(r.hash),
    }));
  }
}
