/**
 * Make analysis offsets point into the text we display. The contract says offsets index `text`,
 * but an analysis run over "title + newline + text" shifts every span by the title's length. We
 * check spans against the string they should cover (`expected`: the raw selector or the matched
 * indicator words) and fix them, so a highlight never marks the wrong words.
 */
export interface CheckedSpan {
  start: number;
  end: number;
  expected: string;
}

function covers(text: string, span: CheckedSpan, shift: number): boolean {
  return text.slice(span.start - shift, span.end - shift) === span.expected;
}

/** The shift that makes the most spans cover their expected text (0 when nothing helps). */
export function bestShift(text: string, title: string | null, spans: readonly CheckedSpan[]): number {
  const checkable = spans.filter((s) => s.expected.length > 0);
  if (checkable.length === 0) return 0;
  const candidates = [0];
  if (title) for (const gap of [1, 2, 3]) candidates.push(title.length + gap);
  let best = 0;
  let bestHits = -1;
  for (const shift of candidates) {
    const hits = checkable.filter((span) => covers(text, span, shift)).length;
    if (hits > bestHits) {
      best = shift;
      bestHits = hits;
    }
  }
  return best;
}

/** Shift every span; a span that still misses is moved to the nearest occurrence, or dropped. */
export function alignSpans<T extends CheckedSpan>(
  text: string,
  title: string | null,
  spans: readonly T[],
): T[] {
  const shift = bestShift(text, title, spans);
  const aligned: T[] = [];
  for (const span of spans) {
    const moved = { ...span, start: span.start - shift, end: span.end - shift };
    if (!span.expected || covers(text, span, shift)) {
      aligned.push(moved);
      continue;
    }
    const at = nearestOccurrence(text, span.expected, moved.start);
    if (at !== null) aligned.push({ ...span, start: at, end: at + span.expected.length });
  }
  return aligned;
}

function nearestOccurrence(text: string, needle: string, around: number): number | null {
  let best: number | null = null;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (best === null || Math.abs(at - around) < Math.abs(best - around)) best = at;
  }
  return best;
}
