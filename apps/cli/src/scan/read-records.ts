import { isUtf8, transcode } from 'node:buffer';
import type { Readable } from 'node:stream';
import type { ItemInput } from '@vigil/analysis';
import { parse } from 'csv-parse';

/** One input record: an item, or why the record at `line` was skipped. */
export type InputRecord = { line: number; item: ItemInput } | { line: number; error: string };

export interface ReadOptions {
  format: 'jsonl' | 'csv';
  /** Records longer than this (bytes) are reported and skipped without being buffered whole. */
  maxRecordBytes: number;
  encoding: 'utf-8' | 'latin1';
}

const FIELDS = ['title', 'url', 'platform', 'country', 'posted_at', 'lang'] as const;

/**
 * An item, and below the record of one, made by `new` rather than as object literals: V8 makes
 * the objects of a literal in the old generation once a young collection found most of them alive
 * ("allocation-site pretenuring"), as it does when it runs while the items of one input chunk wait
 * to be analysed. An item made old keeps its text (young) alive through every young collection
 * until a full one: a whole run then promotes the text of every item. Objects made by `new` are
 * never pretenured.
 */
class Item implements ItemInput {
  declare title?: string;
  declare url?: string;
  declare platform?: string;
  declare country?: string;
  declare posted_at?: string;
  declare lang?: string;
  constructor(
    public id: string,
    public text: string,
  ) {}
}

/** Validate a parsed object into an item, or return why it is not one. */
export function toItem(value: unknown): ItemInput | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  const id = typeof v.id === 'number' && Number.isFinite(v.id) ? String(v.id) : v.id;
  if (typeof id !== 'string' || id === '') return 'missing "id"';
  if (typeof v.text !== 'string') return 'missing "text"';
  const item: ItemInput = new Item(id, v.text);
  for (const f of FIELDS) {
    const x = v[f];
    if (typeof x === 'string' && x !== '') item[f] = x;
  }
  return item;
}

/** Records of a JSONL or CSV stream, each bad one reported with its line number. */
export async function* readRecords(input: Readable, options: ReadOptions): AsyncGenerator<InputRecord> {
  for await (const batch of readRecordBatches(input, options)) yield* batch;
}

/**
 * The same records in batches (all the complete lines of one input chunk for JSONL), so that a
 * reader pays the async-iteration cost per chunk rather than per record.
 */
export function readRecordBatches(input: Readable, options: ReadOptions): AsyncGenerator<InputRecord[]> {
  return options.format === 'csv' ? oneByOne(readCsv(input, options)) : readJsonl(input, options);
}

async function* oneByOne<T>(records: AsyncGenerator<T>): AsyncGenerator<T[]> {
  for await (const r of records) yield [r];
}

/**
 * JSONL records, all the lines completed by one input chunk together. A run of whole lines in a
 * chunk is checked as UTF-8 in one go (valid as a whole exactly when every line is, since lines
 * end at an ASCII \n), converted to UTF-16 in one go (see toUtf16) and each line taken from that
 * as it is; a chunk with a bad line, a line continued from the chunk before and Latin-1 input take
 * the line-by-line way.
 */
async function* readJsonl(input: Readable, options: ReadOptions): AsyncGenerator<InputRecord[]> {
  const decoder = new TextDecoder(options.encoding, { fatal: true, ignoreBOM: false });
  const max = options.maxRecordBytes;
  const whole = options.encoding === 'utf-8';
  const carry = new LineCarry(max);
  let line = 1;
  for await (const chunk of input) {
    const buf = asBuffer(chunk);
    const out: InputRecord[] = [];
    const push = (rec: InputRecord | undefined): void => {
      if (rec) out.push(rec);
    };
    let start = 0;
    let nl = buf.indexOf(0x0a);
    if (nl >= 0 && carry.pending) {
      carry.add(buf.subarray(0, nl));
      push(jsonlRecord(carry.take(line++), decoder, options));
      start = nl + 1;
    }
    const last = buf.lastIndexOf(0x0a);
    if (last >= start) {
      const fast = whole && isUtf8(buf.subarray(start, last));
      // The same lines in UTF-16 (u16, from offset 0), walked in step with the UTF-8 ones.
      const u16 = fast ? toUtf16(buf.subarray(start, last + 1)) : undefined;
      let at = 0;
      for (nl = buf.indexOf(0x0a, start); nl >= 0 && nl <= last; nl = buf.indexOf(0x0a, start)) {
        const cr = nl > start && buf[nl - 1] === 0x0d;
        const end = cr ? nl - 1 : nl;
        const nl16 = u16 === undefined ? 0 : newline16(u16, at);
        if (nl - start > max) push({ line, error: `record longer than ${max} bytes` });
        else if (u16 !== undefined)
          push(textRecord(line, withoutBom(u16.toString('utf16le', at, cr ? nl16 - 2 : nl16))));
        else if (fast) push(textRecord(line, withoutBom(buf.toString('utf8', start, end))));
        else push(jsonlRecord({ line, bytes: buf.subarray(start, end), tooLong: false }, decoder, options));
        line++;
        start = nl + 1;
        at = nl16 + 2;
      }
    }
    if (start < buf.length) carry.add(buf.subarray(start));
    if (out.length > 0) yield out;
  }
  if (carry.pending) {
    const rec = jsonlRecord(carry.take(line), decoder, options);
    if (rec) yield [rec];
  }
}

/**
 * Valid UTF-8 as UTF-16LE, or undefined where this Node has no ICU (or ICU refuses it). One conversion of a run of
 * lines (ICU) and a copy per line cost about half of decoding each line from UTF-8 (V8 decodes
 * non-ASCII text slowly, and nearly every line of a multilingual input has some). JSON.parse
 * still makes one-byte strings of the values that fit in one byte.
 */
function toUtf16(utf8: Buffer): Buffer | undefined {
  if (!HAS_TRANSCODE) return undefined;
  try {
    return transcode(utf8, 'utf8', 'ucs2');
  } catch {
    return undefined; // e.g. a chunk beyond ICU's 2 GB: decoded line by line instead
  }
}

const HAS_TRANSCODE = ((): boolean => {
  try {
    const sample = 'é💋\n';
    return transcode(Buffer.from(sample), 'utf8', 'ucs2').toString('utf16le') === sample;
  } catch {
    return false; // ERR_NO_ICU
  }
})();

/** Byte offset of the next \n (0x0a 0x00 at an even offset) in UTF-16LE bytes from `from` (even). */
function newline16(u16: Buffer, from: number): number {
  let i = u16.indexOf(0x0a, from);
  while (i >= 0 && ((i & 1) !== 0 || u16[i + 1] !== 0)) i = u16.indexOf(0x0a, i + 1);
  return i;
}

/** A stream chunk as a Buffer (a view, not a copy, of a plain Uint8Array). */
const asBuffer = (chunk: string | Uint8Array): Buffer =>
  typeof chunk === 'string'
    ? Buffer.from(chunk)
    : Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** What TextDecoder does at the start of each decode: drop one byte order mark. */
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** One JSONL line as a record, or undefined for a blank line. */
function jsonlRecord(
  raw: RawLine,
  decoder: { decode(bytes: Uint8Array): string },
  options: ReadOptions,
): InputRecord | undefined {
  const { line, bytes, tooLong } = raw;
  if (tooLong) return { line, error: `record longer than ${options.maxRecordBytes} bytes` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { line, error: `invalid ${options.encoding} (use --encoding latin1 for Latin-1 files)` };
  }
  return textRecord(line, text);
}

/** A decoded line as a record, or undefined for a blank line. */
function textRecord(line: number, text: string): InputRecord | undefined {
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { line, error: `malformed JSON: ${(e as Error).message.slice(0, 120)}` };
  }
  const item = toItem(value);
  return typeof item === 'string' ? { line, error: item } : new ItemRecord(line, item);
}

/** A record with an item (see Item for why a class). */
class ItemRecord {
  constructor(
    readonly line: number,
    readonly item: ItemInput,
  ) {}
}

interface RawLine {
  line: number;
  bytes: Uint8Array;
  tooLong: boolean;
}

/** The start of a line that goes on in the next chunk; past `max` bytes only that fact is kept. */
class LineCarry {
  private parts: Buffer[] = [];
  private size = 0;
  private tooLong = false;

  constructor(private readonly max: number) {}

  get pending(): boolean {
    return this.size > 0 || this.tooLong;
  }

  add(b: Buffer): void {
    if (this.tooLong) return;
    if (this.size + b.length > this.max) {
      this.tooLong = true;
      this.parts = [];
      this.size = 0;
      return;
    }
    this.parts.push(b);
    this.size += b.length;
  }

  /** The line gathered so far (without a final \r), leaving the carry empty. */
  take(line: number): RawLine {
    const { parts, size, tooLong } = this;
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    this.parts = [];
    this.size = 0;
    this.tooLong = false;
    return { line, bytes, tooLong };
  }
}

async function* readCsv(input: Readable, options: ReadOptions): AsyncGenerator<InputRecord> {
  const skipped: InputRecord[] = [];
  const parser = parse({
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    bom: true,
    encoding: options.encoding === 'latin1' ? 'latin1' : 'utf8',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: options.maxRecordBytes,
    info: true,
    on_skip: (err: { message: string; lines?: number } | undefined) => {
      if (err) skipped.push({ line: err.lines ?? 0, error: `malformed CSV: ${err.message.slice(0, 120)}` });
    },
  });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  try {
    for await (const rec of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      while (skipped.length > 0) yield skipped.shift()!;
      const item = toItem(rec.record);
      const line = rec.info.lines;
      yield typeof item === 'string' ? { line, error: item } : { line, item };
    }
  } catch (e) {
    // An error the parser cannot skip past (e.g. an unterminated quote at the end): report, stop.
    const err = e as { message?: string; lines?: number };
    yield {
      line: err.lines ?? 0,
      error: `unreadable CSV from here on: ${String(err.message).slice(0, 120)}`,
    };
  }
  while (skipped.length > 0) yield skipped.shift()!;
}
