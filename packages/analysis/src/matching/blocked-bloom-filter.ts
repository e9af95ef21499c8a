import { bestOf, MAX_FILTER_BITS } from './bloom-params.ts';

/** Bits per block: one 64-byte cache line. */
export const BLOCK_BITS = 512;

/** Most probes a blocked filter takes: 9-bit positions from the 224 digest bits after h1. */
export const MAX_BLOCKED_K = 24;

/**
 * A blocked Bloom filter (Putze, Sanders, Singler, "Cache-, hash- and space-efficient Bloom
 * filters", 2007): every value's k bits lie in one 512-bit block, so a lookup touches one cache
 * line instead of k scattered ones. With the digest as eight big-endian 32-bit words d[0..7]:
 * block = d[0] mod (m/512), and probe i sets bit p_i of the block, where p_i is the 9-bit number
 * at bits 9i..9i+8 of d[1..7] read as one 224-bit big-endian string. The positions are
 * independent (they may repeat); double hashing inside so small a block was measured to give
 * ten times the stated rate at k = 13, since whole probe patterns then collide.
 * Bit j of the array lives in byte ⌊j/8⌋ at bit position j mod 8, as in the classic layout.
 */
export class BlockedBloomFilter {
  readonly layout = 'blocked512' as const;
  readonly m: number;
  readonly k: number;
  readonly bits: Uint8Array;
  private readonly blocks: number;

  constructor(m: number, k: number, bits?: Uint8Array) {
    if (!Number.isInteger(m) || m < BLOCK_BITS || m % BLOCK_BITS !== 0 || m > MAX_FILTER_BITS)
      throw new RangeError(
        `blocked filter size must be a multiple of ${BLOCK_BITS} bits up to 2^32, got ${m}`,
      );
    if (!Number.isInteger(k) || k < 1 || k > MAX_BLOCKED_K)
      throw new RangeError(`probe count must be 1..${MAX_BLOCKED_K}, got ${k}`);
    if (bits && bits.length !== m / 8)
      throw new RangeError(`bit array has ${bits.length} bytes, expected ${m / 8}`);
    this.m = m;
    this.k = k;
    this.blocks = m / BLOCK_BITS;
    this.bits = bits ?? new Uint8Array(m / 8);
  }

  /** Set the k bits of the value whose digest words are d[o..o+7]. */
  addDigest(d: Int32Array, o: number): void {
    const { k, bits } = this;
    const base = ((d[o]! >>> 0) % this.blocks) * 64;
    for (let i = 0; i < k; i++) {
      const j = position(d, o, i);
      bits[base + (j >>> 3)]! |= 1 << (j & 7);
    }
  }

  /** True when all k bits are set: the value may be in the set. */
  hasDigest(d: Int32Array, o: number): boolean {
    const { k, bits } = this;
    const base = ((d[o]! >>> 0) % this.blocks) * 64;
    for (let i = 0; i < k; i++) {
      const j = position(d, o, i);
      if ((bits[base + (j >>> 3)]! & (1 << (j & 7))) === 0) return false;
    }
    return true;
  }
}

/** Probe i's bit in the block: the 9 bits at 9i of the words after d[o], most significant first. */
function position(d: Int32Array, o: number, i: number): number {
  const b = 9 * i;
  const at = o + 1 + (b >>> 5);
  const s = b & 31;
  return s <= 23 ? (d[at]! >>> (23 - s)) & 511 : ((d[at]! << (s - 23)) | (d[at + 1]! >>> (55 - s))) & 511;
}

/**
 * Expected false-positive rate of a blocked filter: blocks receive Poisson(λ = 512·n/m) values,
 * and a block holding j values answers "maybe" with probability (1 − (1 − 1/512)^(k·j))^k
 * (k·j independent positions into 512 bits, as the probes are).
 */
export function expectedBlockedRate(n: number, m: number, k: number): number {
  const lambda = (BLOCK_BITS * n) / m;
  const q = 1 - 1 / BLOCK_BITS;
  let rate = 0;
  let pj = Math.exp(-lambda); // P(j = 0)
  const last = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 30);
  for (let j = 0; j <= last; j++) {
    if (j > 0) pj *= lambda / j;
    rate += pj * (1 - q ** (k * j)) ** k;
  }
  return Math.min(1, rate);
}

/**
 * Size a blocked filter for n values at rate p: start from the classic optimum, pick the best k
 * near it, and grow m by ~0.5% steps (whole blocks) until the expected rate is at most p.
 */
export function blockedParameters(n: number, p: number, classicM: number): { m: number; k: number } {
  const count = Math.max(n, 1);
  let m = Math.max(BLOCK_BITS, Math.ceil(classicM / BLOCK_BITS) * BLOCK_BITS);
  for (;;) {
    const ideal = Math.min(MAX_BLOCKED_K - 2, Math.max(3, Math.round((m / count) * Math.LN2)));
    const candidates = [ideal - 2, ideal - 1, ideal, ideal + 1, ideal + 2];
    const k = bestOf(candidates, (c) => expectedBlockedRate(count, m, c));
    if (expectedBlockedRate(count, m, k) <= p) return { m, k };
    if (m >= MAX_FILTER_BITS)
      throw new RangeError(`a blocked filter for ${n} values at rate ${p} exceeds 2^32 bits`);
    m = Math.min(MAX_FILTER_BITS, m + Math.max(BLOCK_BITS, Math.ceil(m / 200 / BLOCK_BITS) * BLOCK_BITS));
  }
}
