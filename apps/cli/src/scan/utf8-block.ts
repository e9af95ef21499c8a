/**
 * Output text gathered as UTF-8 in one reusable buffer: each string is encoded once, straight
 * into place (no concatenated string to flatten and encode later), and `take` copies the bytes
 * out so the buffer serves the next block.
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

  /** The bytes gathered so far (a copy), leaving the block empty. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.used));
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

const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
