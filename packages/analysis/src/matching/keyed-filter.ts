import { BloomFilter } from './bloom-filter.ts';
import { bloomParameters } from './bloom-params.ts';
import { createKeyedDigest, type KeyedDigest } from './keyed-digest.ts';

/** The message that is hashed for one value: its type and canonical value, as in the file format. */
export const filterMessage = (type: string, canonicalValue: string): string => `${type}:${canonicalValue}`;

/**
 * A Bloom filter of HMAC-SHA-256(key, "type:canonicalValue"). Whoever holds the filter but not the
 * key learns nothing about its values; whoever holds the key can only test candidates.
 * The first 8 digest bytes give h1 and h2 (big-endian uint32) for double hashing.
 */
export class KeyedFilter {
  readonly bloom: BloomFilter;
  private readonly digest: KeyedDigest;
  private readonly words = new Int32Array(8);

  constructor(key: Uint8Array, bloom: BloomFilter) {
    this.bloom = bloom;
    this.digest = createKeyedDigest(key);
  }

  /** An empty filter sized for `n` values at false-positive rate `p`. */
  static create(key: Uint8Array, n: number, p: number): KeyedFilter {
    const { m, k } = bloomParameters(n, p);
    return new KeyedFilter(key, new BloomFilter(m, k));
  }

  add(type: string, canonicalValue: string): void {
    this.digest.digestInto(filterMessage(type, canonicalValue), this.words);
    this.bloom.add(this.words[0]! >>> 0, this.words[1]! >>> 0);
  }

  /** Whether the owner's set may hold this canonical value. */
  has(type: string, canonicalValue: string): boolean {
    this.digest.digestInto(filterMessage(type, canonicalValue), this.words);
    return this.bloom.has(this.words[0]! >>> 0, this.words[1]! >>> 0);
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
    const h1 = new Uint32Array(CHUNK);
    const h2 = new Uint32Array(CHUNK);
    for (let start = 0; start < values.length; start += CHUNK) {
      const end = Math.min(values.length, start + CHUNK);
      for (let i = start; i < end; i++) {
        digest.digestPrefixedInto(prefix, values[i]!, words);
        h1[i - start] = words[0]!;
        h2[i - start] = words[1]!;
      }
      for (let i = start; i < end; i++) out[i] = bloom.has(h1[i - start]!, h2[i - start]!) ? 1 : 0;
    }
    return out;
  }
}

const CHUNK = 64;
