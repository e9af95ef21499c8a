import { UnionFind } from '../linking/union-find.ts';
import { GrowableU32 } from './growable.ts';
import type { MinHashScratch } from './minhash.ts';
import * as mh from './minhash.ts';
import { radixSortPairs } from './radix-sort.ts';

const bandKeys = mh.bandKeys;
const minhashSignature = mh.minhashSignature;

import * as sh from './shingles.ts';
import * as tk from './tokenize.ts';

// Local copies: imported bindings are getters under tsx, too slow for per-item calls.
const jaccard = sh.jaccard;
const shingleSet = sh.shingleSet;
const hashTokens = tk.hashTokens;
const compatibilityFold = tk.compatibilityFold;

export interface NearDuplicateOptions {
  /** Jaccard similarity of word-shingle sets at or above which two texts are near-duplicates. */
  threshold?: number;
  /** Words per shingle. */
  shingleSize?: number;
  /** Tokens read per text; the rest of a very long text is ignored for near-duplicates. */
  maxTokens?: number;
  /** Distinct clusters compared per LSH bucket; bounds the work on huge buckets. */
  bucketRepresentatives?: number;
}

export interface NearDuplicateStats {
  texts: number;
  emptyTexts: number;
  bands: number;
  rows: number;
  /** Candidate pairs whose Jaccard similarity was computed. */
  verified: number;
  /** Verified pairs that were at or above the threshold and joined two clusters. */
  merged: number;
  /** Largest LSH bucket seen. */
  largestBucket: number;
  /** Similar pairs not joined because their clusters' leaders were not similar enough. */
  leaderRejected: number;
}

export const DEFAULT_THRESHOLD = 0.5;
const SKETCH_WORDS = mh.SIGNATURE_SIZE / 4;
/**
 * How much less similar than the threshold two cluster leaders may be for their clusters to join.
 * Measured on the benchmark corpus: 0.15 still let look-alike lures of different operators merge
 * into groups of a thousand at 1M items; 0 keeps groups tight at no cost in recall.
 */
const LEADER_SLACK = 0;
export const DEFAULT_SHINGLE_SIZE = 2;

/**
 * Streaming near-duplicate finder: `add` each text (its index is the order of addition), then
 * `finish` to get the clusters. Stores only each text's shingle set and LSH band keys, in typed
 * arrays. Every candidate pair from LSH is verified with the exact Jaccard similarity of the
 * shingle sets before two texts are joined, so precision does not depend on LSH luck.
 */
export class NearDuplicateFinder {
  readonly threshold: number;
  private readonly shingleSize: number;
  private readonly rows: number;
  private readonly bands: number;
  private readonly reps: number;
  private readonly tokens: Uint32Array;
  private readonly shingles: Uint32Array;
  private readonly scratch: MinHashScratch;
  private readonly pool = new GrowableU32(1 << 16);
  private readonly starts = new GrowableU32(1 << 12);
  private readonly keys = new GrowableU32(1 << 14);
  /** Low byte of every signature value, four per word: a quick similarity estimate. */
  private readonly sketches = new GrowableU32(1 << 14);
  private count = 0;
  private empty = 0;

  constructor(options: NearDuplicateOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.shingleSize = Math.max(1, Math.floor(options.shingleSize ?? DEFAULT_SHINGLE_SIZE));
    const maxTokens = Math.max(1, options.maxTokens ?? 2000);
    this.reps = Math.max(1, options.bucketRepresentatives ?? 12);
    const shape = mh.lshShape(this.threshold);
    this.rows = shape.rows;
    this.bands = shape.bands;
    this.tokens = new Uint32Array(maxTokens);
    this.shingles = new Uint32Array(maxTokens);
    this.scratch = mh.createMinHashScratch();
    this.starts.push(0);
  }

  get size(): number {
    return this.count;
  }

  /** Add one text; returns its index. */
  add(text: string): number {
    const index = this.count++;
    const tokenCount = hashTokens(compatibilityFold(text), this.tokens);
    const n = shingleSet(this.tokens, tokenCount, this.shingleSize, this.shingles);
    this.pool.append(this.shingles, n);
    this.starts.push(this.pool.length);
    const at = this.keys.reserve(this.bands);
    this.keys.length += this.bands;
    const sketchAt = this.sketches.reserve(SKETCH_WORDS);
    this.sketches.length += SKETCH_WORDS;
    if (minhashSignature(this.shingles, 0, n, this.scratch)) {
      bandKeys(this.scratch.signature, this.rows, this.bands, this.keys.data, at);
      const sig = this.scratch.signature;
      const sketch = this.sketches.data;
      for (let w = 0; w < SKETCH_WORDS; w++) {
        sketch[sketchAt + w] =
          ((sig[4 * w] as number) & 0xff) |
          (((sig[4 * w + 1] as number) & 0xff) << 8) |
          (((sig[4 * w + 2] as number) & 0xff) << 16) |
          (((sig[4 * w + 3] as number) << 24) >>> 0);
      }
    } else {
      this.empty++;
    }
    return index;
  }

  /** Whether text `i` had any token (texts without one never join a cluster). */
  hasText(i: number): boolean {
    return (this.starts.data[i + 1] as number) > (this.starts.data[i] as number);
  }

  /** Exact Jaccard similarity of the shingle sets of texts `a` and `b`. */
  similarity(a: number, b: number): number {
    const s = this.starts.data;
    const p = this.pool.data;
    return jaccard(p, s[a] as number, s[a + 1] as number, p, s[b] as number, s[b + 1] as number);
  }

  /**
   * Jaccard estimate from the 8-bit sketches (b-bit MinHash, Li and König 2010): cheap enough to
   * rule out most LSH candidates before the exact comparison of their shingle sets.
   */
  estimate(a: number, b: number): number {
    const s = this.sketches.data;
    let same = 0;
    for (let w = 0; w < SKETCH_WORDS; w++) {
      const x = (s[a * SKETCH_WORDS + w] as number) ^ (s[b * SKETCH_WORDS + w] as number);
      same +=
        ((x & 0xff) === 0 ? 1 : 0) +
        ((x & 0xff00) === 0 ? 1 : 0) +
        ((x & 0xff0000) === 0 ? 1 : 0) +
        (x >>> 24 === 0 ? 1 : 0);
    }
    return (same / (4 * SKETCH_WORDS) - 1 / 256) / (1 - 1 / 256);
  }

  /** Cluster all texts added so far. */
  finish(): { clusters: UnionFind; stats: NearDuplicateStats } {
    const n = this.count;
    const uf = new UnionFind(n);
    uf.ensure(n);
    const stats: NearDuplicateStats = {
      texts: n,
      emptyTexts: this.empty,
      bands: this.bands,
      rows: this.rows,
      verified: 0,
      merged: 0,
      largestBucket: 0,
      leaderRejected: 0,
    };
    const live = new Uint32Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) if (this.hasText(i)) live[m++] = i;
    const keys = new Uint32Array(m);
    const ids = new Uint32Array(m);
    const scratchKeys = new Uint32Array(m);
    const scratchIds = new Uint32Array(m);
    const reps = new Int32Array(this.reps);
    // Each cluster's leader: its first member, kept when clusters join (the larger one's).
    const leaders = new Int32Array(n);
    for (let i = 0; i < n; i++) leaders[i] = i;
    // Bucket in which each cluster (by root) was last handled: one member per cluster per bucket.
    const handled = new Int32Array(n).fill(-1);
    let bucketId = 0;
    for (let band = 0; band < this.bands; band++) {
      for (let j = 0; j < m; j++) {
        const item = live[j] as number;
        keys[j] = this.keys.data[item * this.bands + band] as number;
        ids[j] = item;
      }
      radixSortPairs(keys, ids, m, scratchKeys, scratchIds);
      let start = 0;
      while (start < m) {
        let end = start + 1;
        while (end < m && keys[end] === keys[start]) end++;
        if (end - start > 1) this.bucket(ids, start, end, uf, reps, leaders, handled, bucketId++, stats);
        start = end;
      }
    }
    return { clusters: uf, stats };
  }

  /**
   * Verify one LSH bucket. Only the first member of each cluster in the bucket is looked at (the
   * others are already joined to it, or would meet the same representatives), and it is compared
   * with at most `reps` representatives of the distinct clusters before it, never with all other
   * members: a bucket of a million identical texts costs a million cheap lookups, and a bucket
   * of a thousand look-alike ads of a few dozen clusters costs a few hundred comparisons.
   */
  private bucket(
    ids: Uint32Array,
    start: number,
    end: number,
    uf: UnionFind,
    reps: Int32Array,
    leaders: Int32Array,
    handled: Int32Array,
    bucketId: number,
    stats: NearDuplicateStats,
  ): void {
    if (end - start > stats.largestBucket) stats.largestBucket = end - start;
    let repCount = 0;
    for (let k = start; k < end; k++) {
      const item = ids[k] as number;
      const root = uf.find(item);
      if (handled[root] === bucketId) continue;
      handled[root] = bucketId;
      let joined = false;
      for (let r = 0; r < repCount && !joined; r++) {
        if (uf.find(reps[r] as number) === root) joined = true;
      }
      for (let r = 0; r < repCount && !joined; r++) {
        const rep = reps[r] as number;
        if (uf.find(rep) === uf.find(item)) {
          joined = true;
          break;
        }
        // 0.2 below the threshold is more than four standard deviations of a 128-value estimate.
        if (this.estimate(rep, item) < this.threshold - 0.2) continue;
        stats.verified++;
        if (
          this.similarity(rep, item) >= this.threshold &&
          this.leadersAgree(rep, item, uf, leaders, stats)
        ) {
          stats.merged++;
          joined = true;
          handled[uf.find(item)] = bucketId;
        }
      }
      if (!joined && repCount < reps.length) reps[repCount++] = item;
    }
  }

  /**
   * Join the clusters of a and b (already verified similar) only if their leaders are similar
   * too (threshold minus `LEADER_SLACK`). Single linkage alone chains: A~B, B~C, C~D... can
   * glue a million loosely related texts into one group; anchoring every join to the leaders
   * keeps each cluster within about two steps of its leader.
   */
  private leadersAgree(
    a: number,
    b: number,
    uf: UnionFind,
    leaders: Int32Array,
    stats: NearDuplicateStats,
  ): boolean {
    const ra = uf.find(a);
    const rb = uf.find(b);
    const la = leaders[ra] as number;
    const lb = leaders[rb] as number;
    if ((la !== a || lb !== b) && this.similarity(la, lb) < this.threshold - LEADER_SLACK) {
      stats.leaderRejected++;
      return false;
    }
    const leader = uf.setSize(ra) >= uf.setSize(rb) ? la : lb;
    uf.union(ra, rb);
    leaders[uf.find(ra)] = leader;
    return true;
  }
}
