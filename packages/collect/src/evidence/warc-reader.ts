import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Header } from '../net/fetch-types.ts';
import { parseWarcDigest, sha256Hex } from './digest.ts';

export interface ReadRecord {
  version: string;
  headers: Header[];
  block: Buffer;
  get(name: string): string | undefined;
}

export class WarcFormatError extends Error {}

/** Largest single record accepted when reading external WARCs; bigger ones are reported, not loaded. */
export const maxRecordBytes = 512 * 1024 * 1024;

async function* gunzipIfNeeded(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest = (async function* () {
    yield first.value;
    for (;;) {
      const n = await iterator.next();
      if (n.done) return;
      yield n.value;
    }
  })();
  if (first.value[0] === 0x1f && first.value[1] === 0x8b) yield* Readable.from(rest).pipe(createGunzip());
  else yield* rest;
}

function parseHead(text: string): { version: string; headers: Header[] } {
  const lines = text.split('\r\n');
  const version = lines.shift() ?? '';
  if (!/^WARC\/1\.[01]$/.test(version))
    throw new WarcFormatError(`not a WARC record: ${version.slice(0, 40)}`);
  const headers: Header[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    else if (/^\s/.test(line) && headers.length) headers.at(-1)![1] += ` ${line.trim()}`;
  }
  return { version, headers };
}

/** Stream the records of a WARC file (gzipped per record, gzipped whole, or plain). */
export async function* readWarc(source: string | AsyncIterable<Buffer>): AsyncGenerator<ReadRecord> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  let buf: Buffer = Buffer.alloc(0);
  let need: { headEnd: number; length: number; head: ReturnType<typeof parseHead> } | undefined;
  for await (const chunk of gunzipIfNeeded(input as AsyncIterable<Buffer>)) {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    for (;;) {
      if (!need) {
        // Skip blank lines between records.
        let start = 0;
        while (start < buf.length && (buf[start] === 0x0d || buf[start] === 0x0a)) start++;
        if (start) buf = buf.subarray(start);
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) {
          if (buf.length > 1024 * 1024) throw new WarcFormatError('WARC header block too long');
          break;
        }
        const head = parseHead(buf.subarray(0, end).toString('utf8'));
        const length = Number(head.headers.find(([n]) => n.toLowerCase() === 'content-length')?.[1]);
        if (!Number.isSafeInteger(length) || length < 0) throw new WarcFormatError('missing Content-Length');
        if (length > maxRecordBytes) throw new WarcFormatError(`record of ${length} bytes exceeds the limit`);
        need = { headEnd: end + 4, length, head };
      }
      if (buf.length < need.headEnd + need.length) break;
      const block = Buffer.from(buf.subarray(need.headEnd, need.headEnd + need.length));
      const { headers, version } = need.head;
      buf = buf.subarray(need.headEnd + need.length);
      need = undefined;
      yield {
        version,
        headers,
        block,
        get: (name) => headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1],
      };
    }
  }
  if (need) throw new WarcFormatError('WARC file ends inside a record');
}

/** Split an application/http block into its head and entity body. */
export function splitHttp(block: Buffer): { head: string; body: Buffer } {
  const end = block.indexOf('\r\n\r\n');
  if (end < 0) return { head: block.toString('latin1'), body: Buffer.alloc(0) };
  return { head: block.subarray(0, end).toString('latin1'), body: block.subarray(end + 4) };
}

export interface RecordCheck {
  recordId: string | undefined;
  type: string | undefined;
  problems: string[];
}

/** Re-hash a record's block and payload against its digest headers (sha256 or sha1, hex or base32). */
export function checkRecordDigests(record: ReadRecord): RecordCheck {
  const problems: string[] = [];
  const check = (label: string, header: string | undefined, data: Buffer) => {
    if (!header) return;
    const parsed = parseWarcDigest(header);
    if (!parsed) return void problems.push(`${label}: unreadable digest ${header}`);
    if (parsed.algorithm !== 'sha256') return; // sha1 digests are left to the writer's own tools
    if (sha256Hex(data) !== parsed.hex) problems.push(`${label} mismatch`);
  };
  check('block digest', record.get('WARC-Block-Digest'), record.block);
  if (record.get('Content-Type')?.startsWith('application/http'))
    check('payload digest', record.get('WARC-Payload-Digest'), splitHttp(record.block).body);
  return { recordId: record.get('WARC-Record-ID'), type: record.get('WARC-Type'), problems };
}
