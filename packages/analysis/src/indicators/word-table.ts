import { HASH_SEED, hashKey, hashStep, type Tokens } from './tokenize.ts';

/**
 * A set of folded words, each with a small integer id, looked up by a token of a `Tokens` in place:
 * the token's precomputed hash picks the slot (open addressing, linear probing) and its chars are
 * compared with the word only on an equal hash. No string is made per token, unlike a
 * `Map<string, …>` keyed by the token's text.
 */
export class WordTable {
  private words: string[] = [];
  /** The words' UTF-16 units back to back: word id's units are pool[offsets[id], offsets[id + 1]). */
  private pool = new Uint16Array(64);
  private offsets: number[] = [0];
  /**
   * Open addressing, four int32 per slot: the word's hash, its id + 1 (0: empty slot), the offset
   * of its units in `pool` and their number. A probe reads one slot, and a hit the word's units:
   * two cache lines, which matters because the scan pipeline leaves little of this table cached
   * from one item to the next.
   */
  private slots = new Int32Array(64);
  private mask = 15;
  /**
   * A bit set indexed by other bits of the hash, 8 bits per slot, with the bit of every word set:
   * most tokens are no word of the table, and this small set (1/16 of the slot table) turns away
   * all but a few percent of them before they touch the slot table, which the scan pipeline has
   * mostly evicted from the cache by the next item.
   */
  private filter = new Int32Array(4);
  private filterMask = 127;

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** The id of `word`, or -1. */
  get(word: string): number {
    const h = hashKey(word);
    for (let s = mix(h) & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.slots[4 * s + 1]! - 1;
      if (id < 0) return -1;
      if (this.slots[4 * s] === h && this.words[id] === word) return id;
    }
  }

  /** The id of `word`, adding it if new. */
  add(word: string): number {
    const h = hashKey(word);
    for (let s = mix(h) & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.slots[4 * s + 1]! - 1;
      if (id < 0) break;
      if (this.slots[4 * s] === h && this.words[id] === word) return id;
    }
    const id = this.words.length;
    this.words.push(word);
    const at = this.offsets[id]!;
    if (at + word.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, at + word.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let k = 0; k < word.length; k++) this.pool[at + k] = word.charCodeAt(k);
    this.offsets.push(at + word.length);
    // Keep the table at most half full so that probes stay short.
    if (this.words.length * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    else this.place(id);
    return id;
  }

  /** The id of the word equal to the first `k` units of token `i`'s key, or -1 (also when it is shorter). */
  findPrefix(t: Tokens, i: number, k: number): number {
    const ks = t.keyStarts[i]!;
    if (t.keyEnds[i]! - ks < k) return -1;
    let h = HASH_SEED;
    for (let j = 0; j < k; j++) h = hashStep(h, t.chars[ks + j]!);
    return this.probe(t.chars, ks, k, h);
  }

  /** The id of the word equal to the last `k` units of token `i`'s key, or -1. */
  findSuffix(t: Tokens, i: number, k: number): number {
    const ke = t.keyEnds[i]!;
    if (ke - t.keyStarts[i]! < k) return -1;
    let h = HASH_SEED;
    for (let j = ke - k; j < ke; j++) h = hashStep(h, t.chars[j]!);
    return this.probe(t.chars, ke - k, k, h);
  }

  /** The id of token `i`'s key, or -1. */
  find(t: Tokens, i: number): number {
    const from = t.keyStarts[i]!;
    return this.probe(t.chars, from, t.keyEnds[i]! - from, t.hashes[i]!);
  }

  /** The id of the word whose units are chars[from, from + len) with hash h, or -1. */
  private probe(chars: Uint16Array, from: number, len: number, h: number): number {
    const m = mix(h);
    const f = (m >>> 13) & this.filterMask;
    if ((this.filter[f >>> 5]! & (1 << (f & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    for (let s = m & mask; ; s = (s + 1) & mask) {
      const b = 4 * s;
      const id = slots[b + 1]! - 1;
      if (id < 0) return -1;
      if (slots[b] === h && slots[b + 3] === len && sameUnits(chars, from, this.pool, slots[b + 2]!, len)) {
        return id;
      }
    }
  }

  private place(id: number): void {
    const word = this.words[id]!;
    const h = hashKey(word);
    const f = (mix(h) >>> 13) & this.filterMask;
    this.filter[f >>> 5]! |= 1 << (f & 31);
    for (let s = mix(h) & this.mask; ; s = (s + 1) & this.mask) {
      const b = 4 * s;
      if (this.slots[b + 1] === 0) {
        this.slots[b] = h;
        this.slots[b + 1] = id + 1;
        this.slots[b + 2] = this.offsets[id]!;
        this.slots[b + 3] = word.length;
        return;
      }
    }
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(4 * size);
    this.mask = size - 1;
    // 8 bits per slot, at most 2^19 (the bits of the hash above the slot's that are used).
    const bits = Math.min(8 * size, 1 << 19);
    this.filter = new Int32Array(bits >>> 5);
    this.filterMask = bits - 1;
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/** Spread the high bits of an FNV hash into the low bits that pick the slot. */
const mix = (h: number): number => {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
};

const sameUnits = (a: Uint16Array, af: number, b: Uint16Array, bf: number, len: number): boolean => {
  for (let k = 0; k < len; k++) if (a[af + k] !== b[bf + k]) return false;
  return true;
};

/**
 * The words of every lexicon and of the language detector's function-word lists, in one table, so
 * that each token of a text is looked up once (`vocabularyIds`) for both.
 */
export const VOCABULARY = new WordTable();

let idsOf: Tokens | undefined;
let idsGeneration = -1;
let idsSize = -1;
let ids = new Int32Array(256);

/**
 * The VOCABULARY id of each token (-1 for other words), computed once per tokenised text and
 * shared by its callers until the tokens or the vocabulary change. Valid until the next call.
 */
export const vocabularyIds = (t: Tokens): Int32Array => {
  if (idsOf === t && idsGeneration === t.generation && idsSize === VOCABULARY.size) return ids;
  if (ids.length < t.count) ids = new Int32Array(Math.max(t.count, ids.length * 2));
  // After a huge text, go back to a small array instead of keeping megabytes alive.
  else if (ids.length > 1 << 16 && t.count < 1 << 12) ids = new Int32Array(256);
  for (let i = 0; i < t.count; i++) ids[i] = VOCABULARY.find(t, i);
  idsOf = t;
  idsGeneration = t.generation;
  idsSize = VOCABULARY.size;
  return ids;
};
