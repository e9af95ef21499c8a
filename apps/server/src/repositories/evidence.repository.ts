import type { SqlClient } from '@vigil/collect';

export interface EvidenceRecordRow {
  id: string;
  sha256: string;
  kind: string;
  size: number;
  mediaType: string;
  targetUri: string | null;
  capturedAt: Date;
  capturedBy: string;
  crawlId: string | null;
  warcRecordId: string | null;
  payloadSha256: string | null;
}

const columns =
  'id, sha256, kind, size, media_type, target_uri, captured_at, captured_by, crawl_id, warc_record_id, payload_sha256';

function toRow(r: Record<string, unknown>): EvidenceRecordRow {
  return {
    id: String(r.id),
    sha256: String(r.sha256),
    kind: String(r.kind),
    size: Number(r.size),
    mediaType: String(r.media_type),
    targetUri: (r.target_uri as string | null) ?? null,
    capturedAt: new Date(r.captured_at as string),
    capturedBy: String(r.captured_by),
    crawlId: (r.crawl_id as string | null) ?? null,
    warcRecordId: (r.warc_record_id as string | null) ?? null,
    payloadSha256: (r.payload_sha256 as string | null) ?? null,
  };
}

/** Evidence rows by id or by SHA-256 (an item points at its WARC by id, at its images by hash). */
export async function findEvidence(
  sql: SqlClient,
  where: { ids?: string[]; sha256s?: string[] },
): Promise<EvidenceRecordRow[]> {
  const { rows } = await sql.query(
    `SELECT ${columns} FROM evidence_records WHERE id = ANY($1::uuid[]) OR sha256 = ANY($2::text[]) ORDER BY captured_at`,
    [where.ids ?? [], where.sha256s ?? []],
  );
  return rows.map(toRow);
}
