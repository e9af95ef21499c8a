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

/**
 * One JSONL line: exactly `JSON.stringify(toOutput(a))` plus a newline (golden-checked by
 * bench/scan-output-golden.ts and a property test), written out directly without the reshaped
 * copy of every selector and indicator that toOutput makes.
 */
export function toJsonl(a: ItemAnalysis): string {
  if (typeof a.id !== 'string') return `${JSON.stringify(toOutput(a))}\n`;
  let o = `{"id":${str(a.id)},"lang":${a.lang == null ? 'null' : str(a.lang)},"kind":${str(a.kind)},"score":${num(a.score)},"reasons":${JSON.stringify(a.reasons)},"selectors":[`;
  const sel = a.selectors;
  for (let i = 0; i < sel.length; i++) {
    const s = sel[i]!;
    const flags = s.flags?.length ? `,"flags":${JSON.stringify(s.flags)}` : '';
    o += `${i > 0 ? ',' : ''}{"type":${str(s.type)},"value":${str(s.value)},"raw":${str(s.raw)},"start":${num(s.start)},"end":${num(s.end)}${flags}}`;
  }
  o += '],"indicators":[';
  const ind = a.indicators;
  for (let i = 0; i < ind.length; i++) {
    const m = ind[i]!;
    o += `${i > 0 ? ',' : ''}{"id":${str(m.id)},"category":${str(m.category)},"weight":${num(m.weight)},"lang":${str(m.lang)},"match":${str(m.match)},"start":${num(m.start)},"end":${num(m.end)}}`;
  }
  return `${o}]}\n`;
}

/** Characters JSON.stringify would escape (quote, backslash, controls) and any surrogate. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it: quoted as is when nothing needs escaping. */
function str(s: string): string {
  return typeof s === 'string' && !NEEDS_ESCAPE.test(s) ? `"${s}"` : JSON.stringify(s);
}

/** A number as JSON.stringify writes it (non-finite numbers become null). */
function num(n: number): string {
  return Number.isFinite(n) ? `${n}` : 'null';
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
