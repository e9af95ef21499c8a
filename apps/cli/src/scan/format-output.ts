import {
  finishScore,
  type HoldRule,
  type ItemAnalysis,
  type ItemExtraction,
  type PreparedScore,
} from '@vigil/analysis';
import { stringify } from 'csv-stringify/sync';

type Parts = Pick<ItemAnalysis, 'selectors' | 'indicators'>;

/** The public JSONL shape of one analysed item. */
export function toOutput(a: ItemAnalysis) {
  return {
    id: a.id,
    lang: a.lang ?? null,
    kind: a.kind,
    score: a.score,
    reasons: a.reasons,
    ...outputTail(a),
  };
}

/** The keys of the output after the score: selectors and indicators. */
function outputTail(a: Parts) {
  return {
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

/** A JSONL line split around the score, which waits for the batch's shared-phone counts. */
interface HeldLine {
  /** `{"id":…,"lang":…,"kind":…` */
  head: string;
  /** `,"selectors":[…],"indicators":[…]}` */
  tail: string;
  score: PreparedScore;
}

/**
 * Batch rule for JSONL output: an item waiting in the window is held as two strings and its
 * prepared score instead of its selector and indicator objects (the GC then copies a few flat
 * strings, not a graph of small objects). The line is byte-identical to toJsonl (tested).
 */
export const JSONL_HOLD_RULE: HoldRule<HeldLine, string> = {
  hold: (x: ItemExtraction, score: PreparedScore): HeldLine => {
    const head = JSON.stringify({ id: x.id, lang: x.lang ?? null, kind: x.kind });
    const tail = JSON.stringify(outputTail(x));
    return { head: head.slice(0, -1), tail: `,${tail.slice(1)}`, score };
  },
  finish: (h: HeldLine, phoneItemCount: number): string => {
    const { score, reasons } = finishScore(h.score, phoneItemCount);
    return `${h.head},"score":${score},"reasons":${JSON.stringify(reasons)}${h.tail}\n`;
  },
};

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
