import type { ExtractedItem } from '../adapters/extract-types.ts';
import type { Analyzer } from '../crawl/analyzer.ts';
import type { ItemSink } from '../crawl/item-sink.ts';
import type { EvidenceWriter } from '../evidence/evidence-writer.ts';

export interface ImportContext {
  writer: EvidenceWriter;
  sink: ItemSink;
  capturedBy: string;
  operationId?: string;
  platformId?: string;
  analyze?: Analyzer;
  country?: string;
}

export interface ImportSummary {
  file: string;
  format: ImportFormat;
  /** The imported file itself, stored as evidence. */
  evidenceSha256: string;
  evidenceCreated: boolean;
  items: number;
  newItems: number;
  skipped: { at: string; reason: string }[];
}

export type ImportFormat = 'jsonl' | 'csv' | 'html' | 'warc';

/** An item read from a file, with the payload its identity hashes over. */
export interface ImportedItem {
  item: ExtractedItem;
  payload: string | Uint8Array;
  /** Set when the item came from a record other than the file (a WARC response record). */
  recordSha256?: string;
}
