import { basename } from 'node:path';
import { safeAnalyze } from '../crawl/analyzer.ts';
import type { CapturedItem } from '../crawl/item-sink.ts';
import { sha256Hex } from '../evidence/digest.ts';
import { canonicalJson } from '../evidence/evidence-index.ts';
import { readCsv, readJsonl } from './import-lines.ts';
import { readHtmlFile, readWarcFile } from './import-pages.ts';
import type { ImportContext, ImportedItem, ImportFormat, ImportSummary } from './import-types.ts';

export function detectFormat(path: string): ImportFormat | undefined {
  const lower = path.toLowerCase();
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.warc(\.gz)?$/.test(lower)) return 'warc';
  return undefined;
}

const mediaTypes: Record<ImportFormat, string> = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
  html: 'text/html',
  warc: 'application/warc',
};

/** Identity of an imported item: SHA-256 over its payload and source URL, so a re-import adds nothing. */
export const importContentHash = (url: string, payload: string | Uint8Array, item: unknown): string =>
  sha256Hex(canonicalJson([url, sha256Hex(payload), item]));

/**
 * Import a file investigators captured elsewhere. The file itself becomes an evidence object
 * (stored once), and its items link to it. Importing the same file twice adds nothing.
 */
export async function importFile(
  path: string,
  ctx: ImportContext,
  format = detectFormat(path),
): Promise<ImportSummary> {
  if (!format) throw new Error(`cannot tell the format of ${path}: use .jsonl, .csv, .html or .warc(.gz)`);
  const source = `file:${basename(path)}`;
  const evidenceCtx = {
    capturedBy: ctx.capturedBy,
    ...(ctx.operationId ? { operationId: ctx.operationId } : {}),
    ...(ctx.platformId ? { platformId: ctx.platformId } : {}),
  };
  const evidence = await ctx.writer.storeFile(path, mediaTypes[format], evidenceCtx, basename(path));
  const summary: ImportSummary = {
    file: path,
    format,
    evidenceSha256: evidence.sha256,
    evidenceCreated: evidence.created,
    items: 0,
    newItems: 0,
    skipped: [],
  };
  const skip = (at: string, reason: string) => void summary.skipped.push({ at, reason });
  const reader: AsyncIterable<ImportedItem> =
    format === 'jsonl'
      ? readJsonl(path, source, skip)
      : format === 'csv'
        ? readCsv(path, source, skip)
        : format === 'html'
          ? readHtmlFile(path, source)
          : readWarcFile(path, skip);
  let batch: CapturedItem[] = [];
  const flush = async () => {
    summary.newItems += (await ctx.sink.write(batch)).length;
    batch = [];
  };
  for await (const { item, payload } of reader) {
    summary.items++;
    const analysis = safeAnalyze(ctx.analyze, {
      id: item.url,
      text: item.text,
      title: item.title,
      url: item.url,
      ...(ctx.country ? { country: ctx.country } : {}),
    });
    batch.push({
      ...item,
      contentHash: importContentHash(item.url, payload, item),
      evidenceId: evidence.id,
      evidenceSha256: evidence.sha256,
      imageHashes: [],
      capturedAt: evidence.capturedAt.toISOString(),
      ...(analysis ? { analysis } : {}),
    });
    if (batch.length >= 200) await flush();
  }
  await flush();
  return summary;
}
