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

/** Growable builder for a NormalizedText. */
export class NormalizedBuilder {
  private parts: string[] = [];
  private offs: Int32Array;
  private n = 0;

  constructor(capacity: number) {
    this.offs = new Int32Array(Math.max(16, capacity + 1));
  }

  /** Append `s`, every character of which came from raw index `rawIndex`. */
  push(s: string, rawIndex: number): void {
    this.parts.push(s);
    const need = this.n + s.length + 1;
    if (need > this.offs.length) this.grow(need);
    for (let i = 0; i < s.length; i++) this.offs[this.n++] = rawIndex;
  }

  /** Append `s` whose characters map to consecutive raw indices starting at rawIndex. */
  pushRun(s: string, rawIndex: number): void {
    this.parts.push(s);
    const need = this.n + s.length + 1;
    if (need > this.offs.length) this.grow(need);
    for (let i = 0; i < s.length; i++) this.offs[this.n++] = rawIndex + i;
  }

  /** Append `s` with an explicit raw index per character. */
  pushMapped(s: string, rawIndices: ArrayLike<number>, from: number): void {
    this.parts.push(s);
    const need = this.n + s.length + 1;
    if (need > this.offs.length) this.grow(need);
    for (let i = 0; i < s.length; i++) this.offs[this.n++] = rawIndices[from + i]!;
  }

  finish(rawLength: number): NormalizedText {
    if (this.n + 1 > this.offs.length) this.grow(this.n + 1);
    this.offs[this.n] = rawLength;
    return { text: this.parts.join(''), offsets: this.offs.subarray(0, this.n + 1) };
  }

  private grow(need: number): void {
    const next = new Int32Array(Math.max(need, this.offs.length * 2));
    next.set(this.offs.subarray(0, this.n));
    this.offs = next;
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
