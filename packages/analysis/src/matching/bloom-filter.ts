import { MAX_FILTER_BITS } from './bloom-params.ts';

/**
 * A plain Bloom filter addressed by two 32-bit hashes (Kirsch–Mitzenmacher double hashing):
 * probe i sets bit (h1 + i·step) mod m with step = 1 + (h2 mod (m − 1)), so the step is never 0.
 * Bit j lives in byte ⌊j/8⌋ at bit position j mod 8 (least significant first).
 */
export class BloomFilter {
  readonly layout = 'classic' as const;
  readonly m: number;
  readonly k: number;
  readonly bits: Uint8Array;

  constructor(m: number, k: number, bits?: Uint8Array) {
    if (!Number.isInteger(m) || m < 64 || m % 8 !== 0 || m > MAX_FILTER_BITS) {
      throw new RangeError(`filter size must be a multiple of 8 bits between 64 and 2^32, got ${m}`);
    }
    if (!Number.isInteger(k) || k < 1 || k > 64) throw new RangeError(`probe count must be 1..64, got ${k}`);
    if (bits && bits.length !== m / 8)
      throw new RangeError(`bit array has ${bits.length} bytes, expected ${m / 8}`);
    this.m = m;
    this.k = k;
    this.bits = bits ?? new Uint8Array(m / 8);
  }

  /** Set the bits of the value whose digest words are d[o..]: h1 = d[o], h2 = d[o+1] as uint32. */
  addDigest(d: Int32Array, o: number): void {
    this.add(d[o]! >>> 0, d[o + 1]! >>> 0);
  }

  hasDigest(d: Int32Array, o: number): boolean {
    return this.has(d[o]! >>> 0, d[o + 1]! >>> 0);
  }

  /** Set the k bits of a value whose hashes are the unsigned 32-bit `h1`, `h2`. */
  add(h1: number, h2: number): void {
    const { m, k, bits } = this;
    const step = 1 + (h2 % (m - 1));
    let j = h1 % m;
    for (let i = 0; i < k; i++) {
      bits[j >>> 3]! |= 1 << (j & 7);
      j += step;
      if (j >= m) j -= m;
    }
  }

  /** True when all k bits are set: the value may be in the set (false positives at the stated rate). */
  has(h1: number, h2: number): boolean {
    const { m, k, bits } = this;
    const step = 1 + (h2 % (m - 1));
    let j = h1 % m;
    for (let i = 0; i < k; i++) {
      if ((bits[j >>> 3]! & (1 << (j & 7))) === 0) return false;
      j += step;
      if (j >= m) j -= m;
    }
    return true;
  }

  /** Share of bits set; a filled filter (near 1) would answer "maybe" to everything. */
  fillRatio(): number {
    let set = 0;
    for (const byte of this.bits) set += POPCOUNT[byte]!;
    return set / this.m;
  }
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let c = 0;
  for (let v = b; v; v >>= 1) c += v & 1;
  return c;
});
