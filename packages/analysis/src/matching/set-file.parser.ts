import { parseCsvSet } from './csv-set.parser.ts';
import { parseFtmSet } from './ftm-set.parser.ts';
import { parseJsonSet } from './json-set.parser.ts';
import { parseMispSet } from './misp-set.parser.ts';
import { ReferenceCollector } from './reference-collector.ts';
import type { Canonicalizer, ReferenceValue } from './reference-value.ts';

export type SetFileFormat = 'csv' | 'json' | 'ftm' | 'misp';

export interface ParseSetOptions {
  format?: SetFileFormat;
  /** File name, used to guess the format when none is given. */
  fileName?: string;
  /** Default region for phone numbers written without a country code. */
  country?: string;
  canonicalize: Canonicalizer;
}

export interface ParsedSet {
  format: SetFileFormat;
  values: ReferenceValue[];
  /** Rows that repeated an earlier value (same type and canonical value). */
  duplicates: number;
  /** Rows of types Vigil does not match on (e.g. MISP file hashes). */
  skipped: number;
}

/**
 * Parse a reference set file. All or nothing: any malformed row throws a ReferenceSetParseError
 * naming line/entry and field of each problem, and no value is returned.
 */
export function parseSetFile(text: string, options: ParseSetOptions): ParsedSet {
  const format = options.format ?? detectSetFormat(text, options.fileName);
  const collector = new ReferenceCollector(options.canonicalize, options.country);
  const parsers = { csv: parseCsvSet, json: parseJsonSet, ftm: parseFtmSet, misp: parseMispSet };
  parsers[format](text, collector);
  const values = collector.finish();
  return { format, values, duplicates: collector.duplicates, skipped: collector.skipped };
}

/** Guess a set file's format from its name, then its first bytes. */
export function detectSetFormat(text: string, fileName = ''): SetFileFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  if (
    name.endsWith('.ftm.json') ||
    name.endsWith('.jsonl') ||
    name.endsWith('.ndjson') ||
    name.endsWith('.ftm')
  )
    return 'ftm';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[') || head.startsWith('{')) {
    if (/^\{\s*"(Event|response)"/.test(head) || /"Attribute"\s*:/.test(head.slice(0, 2000))) return 'misp';
    if (/^\{[^\n]*"schema"\s*:/.test(head) && /\}\s*\n\s*\{/.test(head.slice(0, 100_000))) return 'ftm';
    if (/^\{[^\n]*"schema"\s*:[^\n]*\}\s*$/.test(head)) return 'ftm';
    return 'json';
  }
  return 'csv';
}
