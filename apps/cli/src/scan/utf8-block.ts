/**
 * Output text gathered as UTF-8 in a buffer: each string is encoded once, straight into place
 * (no concatenated string to flatten and encode later), and `take` hands the bytes out as they
 * are and starts a new buffer (allocating unfilled memory costs less than copying a block out).
 *
 * Besides whole strings (`add`), it takes a JSON text piece by piece (`bytes`, `byte`, `ascii`,
 * `int`, `jsonString`), so that a scan line is written without an output object, a JSON string
 * and its re-encoding (see jsonl-item.ts).
 */
export class Utf8Block {
  private buf: Buffer;
  private used = 0;

  /** `size`: bytes after which the block counts as full (a longer string still fits whole). */
  constructor(private readonly size: number) {
    this.buf = Buffer.allocUnsafeSlow(size * 2);
  }

  get empty(): boolean {
    return this.used === 0;
  }

  get full(): boolean {
    return this.used >= this.size;
  }

  /** Append `s` as UTF-8 (at most 3 bytes per UTF-16 code unit). */
  add(s: string): void {
    this.reserve(s.length * 3);
    this.used += this.buf.write(s, this.used, 'utf8');
  }

  /** Append raw bytes (e.g. a cached piece of JSON). */
  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.used);
    this.used += b.length;
  }

  /** Append one byte (an ASCII character). */
  byte(c: number): void {
    this.reserve(1);
    this.buf[this.used++] = c;
  }

  /** Append a short ASCII string, e.g. a key: cheaper in JS than a native call for a few bytes. */
  ascii(s: string): void {
    this.reserve(s.length);
    const buf = this.buf;
    let p = this.used;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.used = p;
  }

  /** Append a number as JSON.stringify writes it. */
  int(n: number): void {
    if ((n | 0) !== n) {
      this.add(JSON.stringify(n)); // fractions, NaN, huge values: rare
      return;
    }
    this.reserve(11);
    const buf = this.buf;
    if (n < 0) {
      buf[this.used++] = 0x2d; // -
      n = -n;
    }
    let end = this.used + (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : String(n).length);
    this.used = end;
    do {
      buf[--end] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** Append `s` as a JSON string literal, exactly as JSON.stringify writes it, in UTF-8. */
  jsonString(s: string): void {
    if (s.length <= SHORT && this.shortJsonString(s)) return;
    // Only quotes, backslashes, control characters and surrogates (lone ones are escaped) need
    // JSON.stringify; the rest is written as it is.
    if (NEEDS_ESCAPE.test(s)) {
      this.add(JSON.stringify(s));
      return;
    }
    this.reserve(s.length * 3 + 2);
    const buf = this.buf;
    buf[this.used++] = 0x22;
    this.used += buf.write(s, this.used, 'utf8');
    buf[this.used++] = 0x22;
  }

  /**
   * A short string (ids, labels, matched texts) encoded in JS: cheaper than the native write
   * for a few dozen characters. Returns false, having written nothing, when `s` needs escaping
   * or holds a surrogate (rare: left to the general way).
   */
  private shortJsonString(s: string): boolean {
    this.reserve(s.length * 3 + 2);
    const buf = this.buf;
    let p = this.used;
    buf[p++] = 0x22;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c === 0x22 || c === 0x5c) return false;
        buf[p++] = c;
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        return false;
      } else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
      }
    }
    buf[p++] = 0x22;
    this.used = p;
    return true;
  }

  /** The bytes gathered so far, leaving the block empty (with a new buffer: no copying out). */
  take(): Buffer {
    const out = this.buf.subarray(0, this.used);
    this.buf = Buffer.allocUnsafeSlow(this.size * 2);
    this.used = 0;
    return out;
  }

  /** Make room for `n` more bytes. */
  private reserve(n: number): void {
    const room = this.used + n;
    if (room > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(room, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.used);
      this.buf = bigger;
    }
  }
}

/** Strings up to this many UTF-16 units are encoded in JS (see shortJsonString). */
const SHORT = 64;

const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
