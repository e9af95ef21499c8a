import type { ItemAnalysis } from '@vigil/analysis';
import { stringify } from 'csv-stringify/sync';

/** The public JSONL shape of one analysed item. */
export function toOutput(a: ItemAnalysis) {
  return {
    id: a.id,
    lang: a.lang ?? null,
    kind: a.kind,
    score: a.score,
    reasons: a.reasons,
    selectors: a.selectors.map((s) => ({
      type: s.type,
      value: s.value,
      raw: s.raw,
      start: s.start,
      end: s.end,
      ...(s.flags?.length ? { flags: s.flags } : {}),
    })),
    indicators: a.indicators.map((m) => ({
      id: m.id,
      category: m.category,
      weight: m.weight,
      lang: m.lang,
      match: m.match,
      start: m.start,
      end: m.end,
    })),
  };
}

export function toJsonl(a: ItemAnalysis): string {
  return `${JSON.stringify(toOutput(a))}\n`;
}

export const CSV_HEADER = stringify([
  [
    'id',
    'lang',
    'kind',
    'score',
    'reasons',
    'phones',
    'emails',
    'handles',
    'urls',
    'other_selectors',
    'indicators',
  ],
]);

/** One CSV row: multi-valued columns joined with " | ". */
export function toCsvRow(a: ItemAnalysis): string {
  const sel = (types: string[]) =>
    a.selectors
      .filter((s) => types.includes(s.type))
      .map((s) => s.value)
      .join(' | ');
  const other = a.selectors
    .filter((s) => !['phone', 'email', 'handle', 'url'].includes(s.type))
    .map((s) => `${s.type}:${s.value}`)
    .join(' | ');
  return stringify([
    [
      a.id,
      a.lang ?? '',
      a.kind,
      a.score,
      a.reasons.map((r) => `${r.label} (${r.points})`).join(' | '),
      sel(['phone']),
      sel(['email']),
      sel(['handle']),
      sel(['url']),
      other,
      a.indicators.map((m) => `${m.id}:${m.match}`).join(' | '),
    ].map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)),
  ]);
}

/** Spreadsheet formula injection: a cell starting with = + - @ is prefixed with a quote. */
function neutraliseFormula(v: string): string {
  return /^[=\-@\t\r]|^\+(?!\d+$)/.test(v) ? `'${v}` : v;
}
