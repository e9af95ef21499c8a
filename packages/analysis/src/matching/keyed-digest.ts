import { compressBlock, loadBlock, SHA256_IV } from './sha256-block.ts';
import { compressFrom, compressOuter } from './sha256-unrolled.ts';

/**
 * HMAC-SHA-256 under one fixed key, for many short messages. The key's inner and outer pad blocks
 * are compressed once, so a message of up to 55 bytes costs exactly two compressions. The output
 * is bit-for-bit HMAC-SHA-256 (RFC 2104), so any other implementation can build or read a filter.
 */
export interface KeyedDigest {
  /** Writes HMAC-SHA-256(key, utf8(message)) into `out` as 8 big-endian words. */
  digestInto(message: string, out: Int32Array): void;
  /** Same as digestInto(prefix + text) without building the joined string (hot path of batch lookups). */
  digestPrefixedInto(prefix: Uint8Array, text: string, out: Int32Array): void;
  /** The 32-byte MAC as bytes. */
  digest(message: string): Uint8Array;
}

const encoder = new TextEncoder();

export function createKeyedDigest(key: Uint8Array): KeyedDigest {
  const w = new Int32Array(64);
  const keyBlock = new Uint8Array(64);
  keyBlock.set(key.length > 64 ? sha256(key) : key);
  const pad = new Uint8Array(64);
  const innerMid = SHA256_IV.slice();
  const outerMid = SHA256_IV.slice();
  for (let i = 0; i < 64; i++) pad[i] = keyBlock[i]! ^ 0x36;
  loadBlock(w, pad, 0);
  compressBlock(innerMid, w);
  for (let i = 0; i < 64; i++) pad[i] = keyBlock[i]! ^ 0x5c;
  loadBlock(w, pad, 0);
  compressBlock(outerMid, w);

  let bytes = new Uint8Array(256);
  const inner = new Int32Array(8);

  /** Write `prefix` bytes then the UTF-8 of `text` into the buffer; returns the length. */
  const encode = (prefix: Uint8Array, text: string): number => {
    const p = prefix.length;
    if (bytes.length < p + text.length * 3 + 72) bytes = new Uint8Array(p + text.length * 3 + 72);
    bytes.set(prefix);
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > 127) return p + encoder.encodeInto(text, bytes.subarray(p)).written;
      bytes[p + i] = c;
    }
    return p + n;
  };

  /** Outer hash of the inner digest (one block: 32 bytes of digest, then fixed padding). */
  const finish = (out: Int32Array): void => compressOuter(outerMid, inner, out);

  /**
   * Fast path for the common case, prefix + ASCII text of at most 55 bytes (one block): the
   * characters go straight into the message words, with no byte buffer in between. Returns false
   * (having done nothing that matters) for longer or non-ASCII text.
   */
  const shortAsciiInto = (prefix: Uint8Array, text: string, out: Int32Array): boolean => {
    const p = prefix.length;
    const len = p + text.length;
    if (len > 55) return false;
    // Bytes are shifted into `word` and stored four at a time, big-endian.
    let word = 0;
    for (let i = 0; i < p; i++) {
      word = (word << 8) | prefix[i]!;
      if ((i & 3) === 3) w[i >>> 2] = word;
    }
    for (let i = p; i < len; i++) {
      const c = text.charCodeAt(i - p);
      if (c > 127) return false;
      word = (word << 8) | c;
      if ((i & 3) === 3) w[i >>> 2] = word;
    }
    // The 0x80 end marker, then zeros up to the word boundary and to word 14.
    word = (word << 8) | 0x80;
    let j = len + 1;
    while ((j & 3) !== 0) {
      word <<= 8;
      j++;
    }
    w[(j >>> 2) - 1] = word;
    for (let k = j >>> 2; k < 15; k++) w[k] = 0;
    w[15] = (64 + len) * 8;
    compressFrom(innerMid, w, inner);
    finish(out);
    return true;
  };

  const hashBuffer = (len: number, out: Int32Array): void => {
    const blocks = (len + 9 + 63) >>> 6;
    const end = blocks << 6;
    bytes[len] = 0x80;
    bytes.fill(0, len + 1, end);
    // Message length in bits after the 64-byte inner pad; messages stay far below 2^32 bits.
    const bits = (64 + len) * 8;
    bytes[end - 4] = bits >>> 24;
    bytes[end - 3] = bits >>> 16;
    bytes[end - 2] = bits >>> 8;
    bytes[end - 1] = bits;
    inner.set(innerMid);
    for (let b = 0; b < blocks; b++) {
      loadBlock(w, bytes, b << 6);
      compressBlock(inner, w);
    }
    finish(out);
  };

  const empty = new Uint8Array(0);
  const digestPrefixedInto = (prefix: Uint8Array, text: string, out: Int32Array): void => {
    if (!shortAsciiInto(prefix, text, out)) hashBuffer(encode(prefix, text), out);
  };
  const digestInto = (message: string, out: Int32Array): void => digestPrefixedInto(empty, message, out);

  return {
    digestInto,
    digestPrefixedInto,
    digest(message) {
      const out = new Int32Array(8);
      digestInto(message, out);
      return wordsToBytes(out);
    },
  };
}

/** Plain SHA-256 of bytes (used only to shorten keys longer than one block, as RFC 2104 says). */
export function sha256(data: Uint8Array): Uint8Array {
  const blocks = (data.length + 9 + 63) >>> 6;
  const padded = new Uint8Array(blocks << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor((data.length * 8) / 2 ** 32));
  view.setUint32(padded.length - 4, (data.length * 8) >>> 0);
  const state = SHA256_IV.slice();
  const w = new Int32Array(64);
  for (let b = 0; b < blocks; b++) {
    loadBlock(w, padded, b << 6);
    compressBlock(state, w);
  }
  return wordsToBytes(state);
}

export function wordsToBytes(words: Int32Array): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < words.length; i++) view.setInt32(i * 4, words[i]!);
  return out;
}
