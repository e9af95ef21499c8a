/**
 * Output text gathered as UTF-8 in one reusable buffer: each string is encoded once, straight
 * into place (no concatenated string to flatten and encode later), and `take` copies the bytes
 * out so the buffer serves the next block.
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
    const room = this.used + s.length * 3;
    if (room > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(room, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.used);
      this.buf = bigger;
    }
    this.used += this.buf.write(s, this.used, 'utf8');
  }

  /** The bytes gathered so far (a copy), leaving the block empty. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.used));
    this.used = 0;
    return out;
  }
}
