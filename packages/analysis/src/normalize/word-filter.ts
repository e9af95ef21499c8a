/**
 * A cheap necessary condition for "text[start, end) is one of these words": the words' first two
 * and last code units and their lengths, hashed into a typed array. Hot loops ask it for every word of a text and
 * slice + look up only the few words it lets through (a false positive costs one lookup; a word of
 * the set always passes).
 */
export class WordFilter {
  /** Bit mask of word lengths (1 << min(length, 31)) per hash of the first two and last code units. */
  private readonly lengths = new Uint32Array(4096);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = hash(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(w.length - 1));
      this.lengths[h] = this.lengths[h]! | lengthBit(w.length);
    }
  }

  /** Whether text[start, end) (end > start) may be one of the words. */
  mayContain(text: string, start: number, end: number): boolean {
    const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    const mask = this.lengths[hash(text.charCodeAt(start), second, text.charCodeAt(end - 1))]!;
    return (mask & lengthBit(end - start)) !== 0;
  }
}

function hash(a: number, b: number, z: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(z, 0xc2b2ae35)) >>> 20;
}

function lengthBit(n: number): number {
  return 1 << Math.min(n, 31);
}
