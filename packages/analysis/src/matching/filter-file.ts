import { createHmac, timingSafeEqual } from 'node:crypto';
import { BLOCK_BITS, BlockedBloomFilter } from './blocked-bloom-filter.ts';
import { BloomFilter } from './bloom-filter.ts';
import { filterKeyId } from './filter-key.ts';
import { expectedRateOf, KeyedFilter, type ProbeFilter } from './keyed-filter.ts';

/** File layout: see docs/formats/vigil-filter.md. */
export const FILTER_MAGIC = 'VIGILFLT';
/** Version 1: classic layout (k scattered bits). Version 2: blocked layout (`layout: "blocked512"`). */
export const FILTER_FORMAT_VERSION = 2;
const READABLE_VERSIONS = [1, 2];
const PREAMBLE = 8 + 2 + 4;
const TAG_BYTES = 32;
const MAX_HEADER_BYTES = 1 << 20;

export interface FilterHeader {
  setId: string;
  setName: string;
  /** ISO 3166-1 alpha-2 of the country that owns the set and confirms hits. */
  ownerCountry: string;
  sharingGroupId: string;
  /** Fingerprint of the shared key (filterKeyId), never the key. */
  keyId: string;
  createdAt: string;
  expiresAt: string;
  /** Distinct values in the filter. */
  n: number;
  m: number;
  k: number;
  /** Expected false-positive rate for n, m, k. */
  fpRate: number;
  /** Types of the values inside, e.g. ['phone', 'email']. */
  selectorTypes: string[];
  /** Increases each time the owner re-exports the set. */
  filterVersion: number;
  /** Optional contact for confirming hits, e.g. a functional mailbox of the owner. */
  contact?: string;
  /** Format version 2 only: the bit layout, always "blocked512". */
  layout?: 'blocked512';
}

export type FilterErrorCode =
  | 'not-a-filter'
  | 'unsupported-version'
  | 'truncated'
  | 'bad-header'
  | 'wrong-key'
  | 'tampered'
  | 'expired'
  | 'not-yet-valid';

export class FilterFileError extends Error {
  override name = 'FilterFileError';
  constructor(
    readonly code: FilterErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface LoadedFilter {
  header: FilterHeader;
  filter: KeyedFilter;
}

/** Serialise a filter: preamble, header JSON, bit array, then HMAC-SHA-256 over all of it. */
export function encodeFilterFile(header: FilterHeader, bloom: ProbeFilter, key: Uint8Array): Uint8Array {
  if (header.m !== bloom.m || header.k !== bloom.k) throw new Error('header m/k do not match the filter');
  const version = bloom.layout === 'classic' ? 1 : 2;
  if ((version === 2) !== (header.layout === 'blocked512'))
    throw new Error('header layout does not match the filter');
  if (header.keyId !== filterKeyId(key)) throw new Error('header keyId does not match the key');
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const out = new Uint8Array(PREAMBLE + json.length + bloom.bits.length + TAG_BYTES);
  const view = new DataView(out.buffer);
  out.set(Buffer.from(FILTER_MAGIC, 'ascii'), 0);
  view.setUint16(8, version);
  view.setUint32(10, json.length);
  out.set(json, PREAMBLE);
  out.set(bloom.bits, PREAMBLE + json.length);
  const bodyEnd = out.length - TAG_BYTES;
  out.set(tag(key, out.subarray(0, bodyEnd)), bodyEnd);
  return out;
}

/**
 * Read a filter file's header WITHOUT verifying it (no key needed): only to learn which key and
 * which set it names, so the right key can be fetched. Never trust anything else in it before
 * decodeFilterFile has checked the tag.
 */
export function peekFilterHeader(data: Uint8Array): FilterHeader {
  return readLayout(data).header;
}

function readLayout(data: Uint8Array): { header: FilterHeader; bitsStart: number } {
  if (data.length < PREAMBLE || Buffer.from(data.subarray(0, 8)).toString('latin1') !== FILTER_MAGIC) {
    throw new FilterFileError('not-a-filter', 'not a Vigil filter file (magic bytes missing)');
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = view.getUint16(8);
  if (!READABLE_VERSIONS.includes(version)) {
    throw new FilterFileError(
      'unsupported-version',
      `filter format version ${version} is not supported (this Vigil reads ${READABLE_VERSIONS.join(' and ')})`,
    );
  }
  const headerLength = view.getUint32(10);
  if (headerLength > MAX_HEADER_BYTES || PREAMBLE + headerLength + TAG_BYTES > data.length) {
    throw new FilterFileError('truncated', 'filter file is truncated or its header length is corrupt');
  }
  const header = parseHeader(data.subarray(PREAMBLE, PREAMBLE + headerLength), version);
  const bitsStart = PREAMBLE + headerLength;
  if (data.length !== bitsStart + header.m / 8 + TAG_BYTES) {
    throw new FilterFileError(
      'truncated',
      `filter file has ${data.length} bytes, expected ${bitsStart + header.m / 8 + TAG_BYTES} for m=${header.m}`,
    );
  }
  return { header, bitsStart };
}

/**
 * Read and verify a filter file. Checks, in order: magic and version, header shape, key
 * fingerprint (wrong key), the HMAC tag (tampered), then validity at `now` (expired).
 */
export function decodeFilterFile(data: Uint8Array, key: Uint8Array, now: Date): LoadedFilter {
  const { header, bitsStart } = readLayout(data);
  const keyId = filterKeyId(key);
  if (keyId !== header.keyId) {
    throw new FilterFileError(
      'wrong-key',
      `filter "${header.setName}" was made with key ${header.keyId}, but the given key is ${keyId}`,
    );
  }
  const bodyEnd = data.length - TAG_BYTES;
  if (!timingSafeEqual(tag(key, data.subarray(0, bodyEnd)), data.subarray(bodyEnd))) {
    throw new FilterFileError(
      'tampered',
      `filter "${header.setName}" failed its integrity check: it was altered or damaged`,
    );
  }
  const time = now.getTime();
  if (time >= Date.parse(header.expiresAt)) {
    throw new FilterFileError(
      'expired',
      `filter "${header.setName}" (version ${header.filterVersion}) expired at ${header.expiresAt}; ask ${header.ownerCountry} for a new one`,
    );
  }
  if (Date.parse(header.createdAt) - time > 24 * 3600 * 1000) {
    throw new FilterFileError(
      'not-yet-valid',
      `filter "${header.setName}" claims to be created at ${header.createdAt}, in the future`,
    );
  }
  // Copy the bits so the filter does not pin the whole file buffer.
  const bits = data.slice(bitsStart, bodyEnd);
  const bloom =
    header.layout === 'blocked512'
      ? new BlockedBloomFilter(header.m, header.k, bits)
      : new BloomFilter(header.m, header.k, bits);
  return { header, filter: new KeyedFilter(key, bloom) };
}

/** Header fields for a filter; fpRate is derived from n, m, k. */
export function filterHeader(
  fields: Omit<FilterHeader, 'fpRate' | 'keyId' | 'm' | 'k' | 'layout'>,
  bloom: ProbeFilter,
  key: Uint8Array,
): FilterHeader {
  return {
    ...fields,
    keyId: filterKeyId(key),
    m: bloom.m,
    k: bloom.k,
    fpRate: expectedRateOf(bloom, fields.n),
    ...(bloom.layout === 'blocked512' ? { layout: 'blocked512' as const } : {}),
  };
}

function tag(key: Uint8Array, body: Uint8Array): Uint8Array {
  return createHmac('sha256', key).update(body).digest();
}

function parseHeader(bytes: Uint8Array, version: number): FilterHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new FilterFileError('bad-header', 'filter header is not valid UTF-8 JSON');
  }
  const h = raw as Record<string, unknown>;
  const fail = (field: string, want: string): never => {
    throw new FilterFileError('bad-header', `filter header field "${field}" must be ${want}`);
  };
  if (typeof h !== 'object' || h === null || Array.isArray(h)) fail('(root)', 'an object');
  for (const f of ['setId', 'setName', 'ownerCountry', 'sharingGroupId', 'keyId', 'createdAt', 'expiresAt']) {
    if (typeof h[f] !== 'string' || h[f] === '') fail(f, 'a non-empty string');
  }
  for (const f of ['createdAt', 'expiresAt'])
    if (Number.isNaN(Date.parse(h[f] as string))) fail(f, 'an ISO date-time');
  for (const f of ['n', 'm', 'k', 'filterVersion'])
    if (!Number.isSafeInteger(h[f]) || (h[f] as number) < 0) fail(f, 'a whole number');
  if (typeof h.fpRate !== 'number' || !(h.fpRate >= 0 && h.fpRate <= 1)) fail('fpRate', 'a number in [0, 1]');
  if (!Array.isArray(h.selectorTypes) || !h.selectorTypes.every((t) => typeof t === 'string'))
    fail('selectorTypes', 'a list of strings');
  if (h.contact !== undefined && typeof h.contact !== 'string') fail('contact', 'a string');
  const m = h.m as number;
  const k = h.k as number;
  if (m < 64 || m % 8 !== 0 || m > 2 ** 32) fail('m', 'a multiple of 8 between 64 and 2^32');
  if (k < 1 || k > 64) fail('k', 'between 1 and 64');
  if (version === 2 && h.layout !== 'blocked512') fail('layout', '"blocked512" in format version 2');
  if (version === 1 && h.layout !== undefined) fail('layout', 'absent in format version 1');
  if (version === 2 && m % BLOCK_BITS !== 0) fail('m', `a multiple of ${BLOCK_BITS} in format version 2`);
  return h as unknown as FilterHeader;
}
