/**
 * A normalised view of a text that remembers where every character came from, so that matches
 * found on the normalised text can be highlighted in the original.
 */
export interface NormalizedText {
  text: string;
  /**
   * offsets[i] is the index in the raw text of the character that produced text[i]. Length is
   * text.length + 1; the last entry is raw.length. Monotone non-decreasing.
   */
  offsets: Int32Array;
}

/** The span in the raw text that produced text[start, end) of `n` (end exclusive). */
export function toOriginalSpan(
  n: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: originalStart(n, start), end: originalEnd(n, start, end) };
}

/** Where in the raw text the span text[start, ...) of `n` begins (toOriginalSpan's start, no object). */
export function originalStart(n: NormalizedText, start: number): number {
  return n.offsets[clamp(start, 0, n.text.length)]!;
}

/** Where in the raw text the span text[start, end) of `n` ends (toOriginalSpan's end, no object). */
export function originalEnd(n: NormalizedText, start: number, end: number): number {
  const { offsets } = n;
  const len = n.text.length;
  const s = clamp(start, 0, len);
  const e = clamp(end, s, len);
  if (e === s) return offsets[s]!;
  // When one raw character expanded to several (🔟 -> "10"), an end inside the expansion must
  // still cover the whole source character.
  const last = offsets[e - 1]!;
  let j = e;
  while (j < len && offsets[j]! === last) j++;
  return offsets[j]!;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, hi));
}

/**
 * Offsets are written into a shared block and handed out as views: a view is one small object,
 * where an Int32Array of its own (2 KB for an ad) costs an off-heap allocation and a GC sweep.
 * Each builder reserves its capacity at construction, so builders alive at once never share
 * entries; a builder that outgrows its reservation moves to an array of its own. A block (64 KB)
 * stays alive while any of its views does: normalised texts die with their item.
 */
const BLOCK_ENTRIES = 1 << 14;
let block = new Int32Array(BLOCK_ENTRIES);
/** First entry of `block` not reserved. */
let blockTop = 0;

/** Growable builder for a NormalizedText. */
export class NormalizedBuilder {
  private parts: string[] = [];
  private offs: Int32Array;
  /** Where this builder's entries start in `offs`, and where its reservation ends. */
  private base: number;
  private limit: number;
  /** Entries written. */
  private n = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity + 1);
    if (size <= BLOCK_ENTRIES >> 3) {
      if (blockTop + size > BLOCK_ENTRIES) {
        block = new Int32Array(BLOCK_ENTRIES);
        blockTop = 0;
      }
      this.offs = block;
      this.base = blockTop;
      blockTop += size;
    } else {
      this.offs = new Int32Array(size);
      this.base = 0;
    }
    this.limit = this.base + size;
  }

  /** Append `s`, every character of which came from raw index `rawIndex`. */
  push(s: string, rawIndex: number): void {
    this.parts.push(s);
    const len = s.length;
    if (this.base + this.n + len + 1 > this.limit) this.grow(this.n + len + 1);
    const offs = this.offs;
    let at = this.base + this.n;
    for (let i = 0; i < len; i++) offs[at++] = rawIndex;
    this.n += len;
  }

  /** Append `s` whose characters map to consecutive raw indices starting at rawIndex. */
  pushRun(s: string, rawIndex: number): void {
    this.parts.push(s);
    const len = s.length;
    if (this.base + this.n + len + 1 > this.limit) this.grow(this.n + len + 1);
    const offs = this.offs;
    const at = this.base + this.n;
    for (let i = 0; i < len; i++) offs[at + i] = rawIndex + i;
    this.n += len;
  }

  /** Append `s` with an explicit raw index per character. */
  pushMapped(s: string, rawIndices: ArrayLike<number>, from: number): void {
    this.parts.push(s);
    const len = s.length;
    if (this.base + this.n + len + 1 > this.limit) this.grow(this.n + len + 1);
    const offs = this.offs;
    const at = this.base + this.n;
    for (let i = 0; i < len; i++) offs[at + i] = rawIndices[from + i]!;
    this.n += len;
  }

  finish(rawLength: number): NormalizedText {
    const end = this.base + this.n + 1;
    if (end > this.limit) this.grow(this.n + 1);
    this.offs[this.base + this.n] = rawLength;
    // The last reservation in the block gives back what it did not use.
    if (this.offs === block && this.limit === blockTop) blockTop = this.base + this.n + 1;
    return { text: this.parts.join(''), offsets: this.offs.subarray(this.base, this.base + this.n + 1) };
  }

  /** Move to an array of its own with room for `need` entries. */
  private grow(need: number): void {
    const next = new Int32Array(Math.max(need, (this.limit - this.base) * 2));
    next.set(this.offs.subarray(this.base, this.base + this.n));
    this.offs = next;
    this.base = 0;
    this.limit = next.length;
  }
}

/** One replacement of n.text[start, end) by `text`, each character of which maps to rawIndex[i]. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  raw: number[];
}

/** Apply non-overlapping edits (sorted by start) to a normalised text, keeping raw offsets. */
export function applyEdits(n: NormalizedText, edits: TextEdit[]): NormalizedText {
  if (edits.length === 0) return n;
  const b = new NormalizedBuilder(n.text.length);
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    if (e.start > pos) b.pushMapped(n.text.slice(pos, e.start), n.offsets, pos);
    b.pushMapped(e.text, e.raw, 0);
    pos = e.end;
  }
  if (pos < n.text.length) b.pushMapped(n.text.slice(pos), n.offsets, pos);
  return b.finish(n.offsets[n.text.length]!);
}
