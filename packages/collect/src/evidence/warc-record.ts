import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Header } from '../net/fetch-types.ts';
import { warcDigest } from './digest.ts';

export type WarcType =
  | 'warcinfo'
  | 'request'
  | 'response'
  | 'metadata'
  | 'resource'
  | 'revisit'
  | 'conversion';

export interface WarcRecord {
  type: WarcType;
  /** WARC named fields other than the ones computed here (type, id, date, length, block digest). */
  headers: Header[];
  block: Buffer;
  id?: string;
  date?: Date;
  /** Hash the payload (HTTP entity body) separately: for request/response records. */
  payload?: Buffer;
}

export const newRecordId = (): string => `<urn:uuid:${randomUUID()}>`;

/** WARC field values are single lines: a hostile server's header cannot inject fields. */
const clean = (value: string): string => value.replace(/[\r\n]+/g, ' ');

/** One record as WARC/1.1 bytes; Content-Length is the exact block length in bytes. */
export function serializeRecord(record: WarcRecord): Buffer {
  const fields: Header[] = [
    ['WARC-Type', record.type],
    ['WARC-Record-ID', record.id ?? newRecordId()],
    ['WARC-Date', (record.date ?? new Date()).toISOString()],
    ...record.headers,
    ['WARC-Block-Digest', warcDigest(record.block)],
    ...(record.payload ? ([['WARC-Payload-Digest', warcDigest(record.payload)]] as Header[]) : []),
    ['Content-Length', String(record.block.length)],
  ];
  const head = `WARC/1.1\r\n${fields.map(([n, v]) => `${n}: ${clean(v)}\r\n`).join('')}\r\n`;
  return Buffer.concat([Buffer.from(head, 'utf8'), record.block, Buffer.from('\r\n\r\n')]);
}

/** One gzip member per record, as the WARC spec recommends, so readers can seek record by record. */
export const gzipRecord = (record: WarcRecord): Buffer => gzipSync(serializeRecord(record), { level: 6 });

/** HTTP/1.1 message bytes for a request or response record. */
export function httpBlock(startLine: string, headers: Header[], body: Buffer = Buffer.alloc(0)): Buffer {
  const head = `${startLine}\r\n${headers.map(([n, v]) => `${clean(n)}: ${clean(v)}\r\n`).join('')}\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}
