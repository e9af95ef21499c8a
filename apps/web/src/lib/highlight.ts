/**
 * Split scraped text into plain and highlighted segments from analysis offsets, so the page renders
 * it as React text nodes and <mark> elements only: no HTML is ever parsed from scraped content.
 * Offsets are UTF-16 indices into `text` (JavaScript string indices), as the analysis engine gives.
 */
export interface Span<T = unknown> {
  start: number;
  end: number;
  data: T;
}

export interface Segment<T = unknown> {
  text: string;
  start: number;
  end: number;
  /** Every span covering this segment, in input order; empty for plain text. */
  marks: T[];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Clamp an offset into the text and move it off the middle of a surrogate pair. */
export function snapOffset(text: string, offset: number, direction: 'down' | 'up'): number {
  let at = Math.min(Math.max(Math.trunc(offset), 0), text.length);
  if (
    at > 0 &&
    at < text.length &&
    isLowSurrogate(text.charCodeAt(at)) &&
    isHighSurrogate(text.charCodeAt(at - 1))
  ) {
    at += direction === 'up' ? 1 : -1;
  }
  return at;
}

export function splitHighlights<T>(text: string, spans: readonly Span<T>[]): Segment<T>[] {
  const clean: Span<T>[] = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    const start = snapOffset(text, span.start, 'down');
    const end = snapOffset(text, span.end, 'up');
    if (end > start) clean.push({ start, end, data: span.data });
  }
  const cuts = new Set<number>([0, text.length]);
  for (const span of clean) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const marks = clean.filter((span) => span.start <= start && span.end >= end).map((span) => span.data);
    const previous = segments.at(-1);
    // Merge neighbours with the same covering spans so the DOM stays small.
    if (previous && sameMarks(previous.marks, marks)) {
      previous.text += text.slice(start, end);
      previous.end = end;
    } else {
      segments.push({ text: text.slice(start, end), start, end, marks });
    }
  }
  return segments;
}

function sameMarks<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
