import { alignSpans } from './align-offsets.ts';
import type { Span } from './highlight.ts';
import type { IndicatorHit, SelectorHit } from './types.ts';

export interface MarkInfo {
  kind: 'selector' | 'indicator';
  label: string;
}

/**
 * Highlight spans for an item's text: selectors and indicators, each labelled for the tooltip,
 * checked against the words they should cover (see align-offsets.ts).
 */
export function markSpans(
  text: string,
  title: string | null,
  selectors: readonly SelectorHit[],
  indicators: readonly IndicatorHit[],
): Span<MarkInfo>[] {
  const spans = [
    ...selectors.map((s) => ({
      start: s.start,
      end: s.end,
      expected: typeof s.raw === 'string' ? s.raw : '',
      data: { kind: 'selector' as const, label: `${s.type}: ${s.value}` },
    })),
    ...indicators.map((i) => ({
      start: i.start,
      end: i.end,
      expected: typeof i.match === 'string' ? i.match : '',
      data: {
        kind: 'indicator' as const,
        label: `${i.category} · ${i.id} (${i.weight >= 0 ? '+' : ''}${i.weight})`,
      },
    })),
  ];
  return alignSpans(text, title, spans).map(({ start, end, data }) => ({ start, end, data }));
}

export function markClass(marks: readonly MarkInfo[]): string {
  const selector = marks.some((m) => m.kind === 'selector');
  const indicator = marks.some((m) => m.kind === 'indicator');
  return selector && indicator
    ? 'vigil-mark-both'
    : selector
      ? 'vigil-mark-selector'
      : 'vigil-mark-indicator';
}

/** Selectors grouped by type, each canonical value once with the raw forms it was written in. */
export function groupSelectors(
  selectors: readonly SelectorHit[],
): { type: string; values: { value: string; raws: string[] }[] }[] {
  const groups = new Map<string, Map<string, Set<string>>>();
  for (const selector of selectors) {
    const byValue = groups.get(selector.type) ?? new Map<string, Set<string>>();
    groups.set(selector.type, byValue);
    const raws = byValue.get(selector.value) ?? new Set<string>();
    byValue.set(selector.value, raws);
    if (selector.raw && selector.raw !== selector.value) raws.add(selector.raw);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, byValue]) => ({
      type,
      values: [...byValue.entries()].map(([value, raws]) => ({ value, raws: [...raws] })),
    }));
}
