import { hashKey, keyEquals, type Tokens } from './tokenize.ts';

/**
 * A set of folded words, each with a small integer id, looked up by a token of a `Tokens` in place:
 * the token's precomputed hash picks the slot (open addressing, linear probing) and its chars are
 * compared with the word only on an equal hash. No string is made per token, unlike a
 * `Map<string, …>` keyed by the token's text.
 */
export class WordTable {
  private words: string[] = [];
  private hashes: number[] = [];
  /** The words' UTF-16 units back to back: word id's units are pool[offsets[id], offsets[id + 1]). */
  private pool = new Uint16Array(64);
  private offsets: number[] = [0];
  private slots = new Int32Array(16);
  private mask = 15;

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** The id of `word`, adding it if new. */
  add(word: string): number {
    const h = hashKey(word);
    for (let s = mix(h) & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.slots[s]! - 1;
      if (id < 0) break;
      if (this.hashes[id] === h && this.words[id] === word) return id;
    }
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(h);
    const at = this.offsets[id]!;
    if (at + word.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, at + word.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let k = 0; k < word.length; k++) this.pool[at + k] = word.charCodeAt(k);
    this.offsets.push(at + word.length);
    // Keep the table at most half full so that probes stay short.
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  /** The id of token `i`'s key, or -1. */
  find(t: Tokens, i: number): number {
    const h = t.hashes[i]!;
    const slots = this.slots;
    const mask = this.mask;
    for (let s = mix(h) & mask; ; s = (s + 1) & mask) {
      const id = slots[s]! - 1;
      if (id < 0) return -1;
      if (this.hashes[id] === h) {
        const from = this.offsets[id]!;
        if (keyEquals(t, i, this.pool, from, this.offsets[id + 1]! - from)) return id;
      }
    }
  }

  private place(id: number): void {
    for (let s = mix(this.hashes[id]!) & this.mask; ; s = (s + 1) & this.mask) {
      if (this.slots[s] === 0) {
        this.slots[s] = id + 1;
        return;
      }
    }
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/** Spread the high bits of an FNV hash into the low bits that pick the slot. */
const mix = (h: number): number => {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
};
