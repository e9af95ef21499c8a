import { BlockedBloomFilter, blockedParameters, expectedBlockedRate } from './blocked-bloom-filter.ts';
import { BloomFilter } from './bloom-filter.ts';
import { bloomParameters, expectedFalsePositiveRate } from './bloom-params.ts';
import { createKeyedDigest, type KeyedDigest } from './keyed-digest.ts';

/** Bit layouts: `classic` (format version 1) and `blocked512` (version 2, one cache line per value). */
export type FilterLayout = 'classic' | 'blocked512';
export type ProbeFilter = BloomFilter | BlockedBloomFilter;

/** An empty bit filter of either layout, sized for `n` values at false-positive rate `p`. */
export function createProbeFilter(n: number, p: number, layout: FilterLayout): ProbeFilter {
  const classic = bloomParameters(n, p);
  if (layout === 'classic') return new BloomFilter(classic.m, classic.k);
  const { m, k } = blockedParameters(n, p, classic.m);
  return new BlockedBloomFilter(m, k);
}

/** The false-positive rate a filter of this layout and size is expected to have with n values. */
export function expectedRateOf(filter: Pick<ProbeFilter, 'layout' | 'm' | 'k'>, n: number): number {
  const count = Math.max(n, 1);
  return filter.layout === 'classic'
    ? expectedFalsePositiveRate(count, filter.m, filter.k)
    : expectedBlockedRate(count, filter.m, filter.k);
}

/** The message that is hashed for one value: its type and canonical value, as in the file format. */
export const filterMessage = (type: string, canonicalValue: string): string => `${type}:${canonicalValue}`;

/**
 * A Bloom filter of HMAC-SHA-256(key, "type:canonicalValue"). Whoever holds the filter but not the
 * key learns nothing about its values; whoever holds the key can only test candidates.
 * The digest is read as big-endian uint32 words: the classic layout probes by double hashing on
 * the first two; the blocked one picks a block with the first and takes k 9-bit positions from the rest.
 */
export class KeyedFilter {
  readonly bloom: ProbeFilter;
  private readonly digest: KeyedDigest;
  private readonly words = new Int32Array(8);

  constructor(key: Uint8Array, bloom: ProbeFilter) {
    this.bloom = bloom;
    this.digest = createKeyedDigest(key);
  }

  /** An empty filter sized for `n` values at false-positive rate `p` (blocked layout unless asked). */
  static create(key: Uint8Array, n: number, p: number, layout: FilterLayout = 'blocked512'): KeyedFilter {
    return new KeyedFilter(key, createProbeFilter(n, p, layout));
  }

  add(type: string, canonicalValue: string): void {
    this.digest.digestInto(filterMessage(type, canonicalValue), this.words);
    this.bloom.addDigest(this.words, 0);
  }

  /** Whether the owner's set may hold this canonical value. */
  has(type: string, canonicalValue: string): boolean {
    this.digest.digestInto(filterMessage(type, canonicalValue), this.words);
    return this.bloom.hasDigest(this.words, 0);
  }

  /**
   * Batch lookup of many values of one type: result[i] is 1 when values[i] may be in the set.
   * Hashing (CPU-bound) and probing (memory-bound: the bits are scattered over megabytes) run in
   * separate passes over chunks of 64 values, so the probes of a chunk follow each other with
   * no hashing in between and the processor overlaps their cache misses (~10-25% faster).
   */
  hasMany(type: string, values: readonly string[]): Uint8Array {
    const out = new Uint8Array(values.length);
    const prefix = new TextEncoder().encode(`${type}:`);
    const { words, bloom, digest } = this;
    const digests = new Int32Array(CHUNK * 8);
    for (let start = 0; start < values.length; start += CHUNK) {
      const end = Math.min(values.length, start + CHUNK);
      for (let i = start; i < end; i++) {
        digest.digestPrefixedInto(prefix, values[i]!, words);
        digests.set(words, (i - start) * 8);
      }
      for (let i = start; i < end; i++) out[i] = bloom.hasDigest(digests, (i - start) * 8) ? 1 : 0;
    }
    return out;
  }
}

const CHUNK = 64;
