import type { CapturedItem, ItemSink } from './item-sink.ts';
import type { SqlClient } from './sql-client.ts';

export interface PgItemSinkOptions {
  operationId: string;
  ownerCountry: string;
  platformId?: string;
  itemType?: string;
}

/**
 * Items into the lead's `items` table, one multi-row INSERT per page; the unique
 * (operation_id, content_hash) index makes a second capture of the same content a no-op.
 */
export class PgItemSink implements ItemSink {
  constructor(
    private readonly sql: SqlClient,
    private readonly options: PgItemSinkOptions,
  ) {}

  async write(items: CapturedItem[]): Promise<CapturedItem[]> {
    if (!items.length) return [];
    const o = this.options;
    const cols = 16;
    const values = items.map(
      (_, i) => `(${Array.from({ length: cols }, (_, j) => `$${i * cols + j + 1}`).join(', ')}, now())`,
    );
    const params = items.flatMap((it) => [
      o.operationId,
      o.platformId ?? null,
      o.itemType ?? 'ad',
      it.externalId ?? null,
      it.url,
      it.title,
      it.text,
      it.imageHashes.length ? it.imageHashes : it.images,
      it.analysis?.lang ?? null,
      it.analysis?.kind ?? null,
      it.analysis?.score ?? 0,
      it.analysis ? JSON.stringify(it.analysis) : null,
      it.contentHash,
      validDate(it.postedAt),
      it.evidenceId,
      o.ownerCountry,
    ]);
    const { rows } = await this.sql.query<{ content_hash: string; id: string }>(
      `INSERT INTO items (operation_id, platform_id, item_type, external_id, url, title, text, images, lang, kind,
         score, analysis, content_hash, posted_at, evidence_id, owner_country, captured_at)
       VALUES ${values.join(', ')}
       ON CONFLICT (operation_id, content_hash) DO NOTHING RETURNING id, content_hash`,
      params,
    );
    const fresh = new Set(rows.map((r) => r.content_hash));
    return items.filter((i) => fresh.has(i.contentHash));
  }
}

function validDate(value: string | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
