import { CATEGORY_LABELS, INDICATOR_CATEGORIES } from '../indicators/categories.ts';
import type { IndicatorMatch, ItemKind, Reason, SelectorMatch } from '../types.ts';
import {
  CATEGORY_DECAY,
  COMBINATIONS,
  CONTEXT_GATED,
  FACT_POINTS,
  KIND_POINTS,
  MAX_PROTECTIVE,
  OUT_OF_CONTEXT_FACTOR,
  SATURATION,
} from './rules.ts';

/** Facts about the item's selectors that the pipeline knows (some need other items). */
export interface SelectorFacts {
  /** A phone number was written to evade search (spelled out, spaced, homoglyphs). */
  obfuscatedPhone?: boolean;
  /** How many items share this item's most shared phone number (1 = only this one). */
  phoneItemCount?: number;
  /** Crypto addresses are the only way to pay. */
  cryptoOnly?: boolean;
  /** Another contact selector (e-mail, handle) was obfuscated. */
  obfuscatedContact?: boolean;
}

export interface ScoreInput {
  indicators: readonly IndicatorMatch[];
  selectors?: readonly SelectorMatch[];
  kind: ItemKind;
  selectorFacts?: SelectorFacts;
}

interface Contribution {
  source: string;
  code: string;
  label: string;
  raw: number;
}

/** Position of each category in INDICATOR_CATEGORIES: contributions are listed in that order. */
const CATEGORY_ORDER = new Map<string, number>(INDICATOR_CATEGORIES.map((c, i) => [c, i]));
const bitOf = (category: string): number => 1 << CATEGORY_ORDER.get(category)!;
/** For each category index: the categories that make its context (a bit mask), or -1 when not gated. */
const CONTEXT_MASK = INDICATOR_CATEGORIES.map((c) => {
  const context = CONTEXT_GATED.get(c);
  return context === undefined ? -1 : context.reduce((mask, k) => mask | bitOf(k), 0);
});
const PROTECTIVE_BIT = bitOf('protective_context');

/** Bit mask of the categories present among the indicators (unknown category names have no bit). */
const presentCategories = (indicators: readonly IndicatorMatch[]): number => {
  let mask = 0;
  for (const m of indicators) {
    const i = CATEGORY_ORDER.get(m.category);
    if (i !== undefined) mask |= 1 << i;
  }
  return mask;
};

/** One indicator id of an item: its first match, how many matches, the distinct matched texts. */
interface IdEntry {
  m: IndicatorMatch;
  order: number;
  n: number;
  terms: string[];
}

/** Category order, then the strongest first, then by id, so that the decay is applied the same way every time. */
const compareEntries = (a: IdEntry, b: IdEntry): number =>
  a.order - b.order || Math.abs(b.m.weight) - Math.abs(a.m.weight) || (a.m.id < b.m.id ? -1 : 1);

const indicatorContributions = (indicators: readonly IndicatorMatch[], present: number): Contribution[] => {
  // One entry per indicator id: repeats of the same indicator add nothing.
  const entries: IdEntry[] = [];
  for (const m of indicators) {
    const order = CATEGORY_ORDER.get(m.category);
    if (order === undefined || !Number.isFinite(m.weight)) continue;
    let e: IdEntry | undefined;
    for (const x of entries) {
      if (x.m.id === m.id) {
        e = x;
        break;
      }
    }
    if (e) {
      e.n++;
      if (!e.terms.includes(m.match)) e.terms.push(m.match);
    } else entries.push({ m, order, n: 1, terms: [m.match] });
  }
  entries.sort(compareEntries);
  const out: Contribution[] = [];
  let k = 0;
  for (let j = 0; j < entries.length; j++) {
    const e = entries[j]!;
    // k: how many stronger indicators of the same category come before this one.
    k = j > 0 && entries[j - 1]!.order === e.order ? k + 1 : 0;
    const category = INDICATOR_CATEGORIES[e.order]!;
    const context = CONTEXT_MASK[e.order]!;
    const gated = context !== -1 && (present & context) === 0;
    const factor = gated ? OUT_OF_CONTEXT_FACTOR : 1;
    const raw = e.m.weight * factor * CATEGORY_DECAY ** k;
    if (raw === 0) continue;
    const terms = e.terms.slice(0, 3).map((t) => `"${t}"`);
    const label = `${CATEGORY_LABELS[category]}: ${terms.join(', ')}${
      e.n > 1 ? ` (${e.n} matches)` : ''
    }${gated ? ' (outside its context: quarter weight)' : ''}${k > 0 ? ' (further indicator of this category: reduced)' : ''}`;
    out.push({ source: 'indicator', code: e.m.id, label, raw });
  }
  return out;
};

const obfuscated = (s: SelectorMatch): boolean => s.flags?.includes('obfuscated') === true;

/** Contributions of the selector facts, appended to `out`. */
const factContributions = (
  facts: SelectorFacts,
  selectors: readonly SelectorMatch[],
  out: Contribution[],
): void => {
  if (facts.obfuscatedPhone || selectors.some((s) => s.type === 'phone' && obfuscated(s))) {
    out.push({
      source: 'selector',
      code: 'phone.obfuscated',
      label: 'phone number written to evade search',
      raw: FACT_POINTS.obfuscatedPhone,
    });
  }
  if (facts.obfuscatedContact || selectors.some((s) => s.type !== 'phone' && obfuscated(s))) {
    out.push({
      source: 'selector',
      code: 'contact.obfuscated',
      label: 'e-mail or handle written to evade search',
      raw: FACT_POINTS.obfuscatedContact,
    });
  }
  const shared = facts.phoneItemCount ?? 1;
  if (Number.isFinite(shared) && shared >= 2) {
    const raw = Math.min(FACT_POINTS.sharedPhoneMax, FACT_POINTS.sharedPhonePerDoubling * Math.log2(shared));
    out.push({
      source: 'selector',
      code: 'phone.shared',
      label: `phone number appears in ${Math.floor(shared)} items`,
      raw,
    });
  }
  if (facts.cryptoOnly) {
    out.push({
      source: 'selector',
      code: 'payment.crypto_only',
      label: 'crypto addresses are the only payment',
      raw: FACT_POINTS.cryptoOnly,
    });
  }
};

/** Integers that sum exactly to `total`, each as close as possible to its real share. */
const apportion = (values: number[], total: number): number[] => {
  const n = values.length;
  const rounded: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = Math.round(values[i]!);
    rounded.push(r);
    sum += r;
  }
  let diff = total - sum;
  if (diff === 0) return rounded;
  // Indexes by rounding error: largest first when points are missing, smallest first when in excess,
  // ties by position (a total order, so any sort gives this result).
  const err = values.map((v, i) => v - rounded[i]!);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    let p = order.length;
    while (p > 0) {
      const j = order[p - 1]!;
      const c = (diff > 0 ? err[i]! - err[j]! : err[j]! - err[i]!) || j - i;
      if (c <= 0) break;
      order[p] = j;
      p--;
    }
    order[p] = i;
  }
  for (let k = 0; diff !== 0 && n > 0; k = (k + 1) % n) {
    const step = diff > 0 ? 1 : -1;
    rounded[order[k]!]! += step;
    diff -= step;
  }
  return rounded;
};

/** A combination entry: a category present, or ('.suffix') an indicator id ending so. */
const satisfied = (entry: string, indicators: readonly IndicatorMatch[], present: number): boolean => {
  if (!entry.startsWith('.')) return (present & bitOf(entry)) !== 0;
  for (const m of indicators) if (m.id.endsWith(entry)) return true;
  return false;
};

/** Most points first, then by code. */
const byPoints = (a: Reason, b: Reason): number =>
  b.points - a.points || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const saturate = (points: number): number => 100 * (1 - Math.exp(-Math.max(0, points) / SATURATION));

/**
 * Risk score 0-100 with every reason. Points add up per category with diminishing returns, then
 * saturate; each reason shows its share of the final score, and the shares sum to the score.
 */
export const scoreItem = (input: ScoreInput): { score: number; reasons: Reason[] } => {
  const indicators = input.indicators ?? [];
  const selectors = input.selectors ?? [];
  const facts = input.selectorFacts ?? {};
  const present = presentCategories(indicators);
  const all = indicatorContributions(indicators, present);
  factContributions(facts, selectors, all);
  const kindPoints = KIND_POINTS[input.kind] ?? 0;
  if (kindPoints > 0)
    all.push({
      source: 'kind',
      code: `kind.${input.kind}`,
      label: `item kind: ${input.kind.replace('_', ' ')}`,
      raw: kindPoints,
    });
  const obfuscatedPhone = all.some((c) => c.code === 'phone.obfuscated');
  // Combinations infer a lure or an exploitative set-up; a warning or help notice describes the
  // same things, so with awareness language present they are not applied.
  if ((present & PROTECTIVE_BIT) === 0) {
    for (const combo of COMBINATIONS) {
      const ok = combo.all.every(
        (group, gi) =>
          group.some((entry) => satisfied(entry, indicators, present)) ||
          (combo.orObfuscatedPhone === true && gi === combo.all.length - 1 && obfuscatedPhone),
      );
      if (ok) all.push({ source: 'combination', code: combo.code, label: combo.label, raw: combo.points });
    }
  }

  // Positive contributions, then negative ones, each in the order above; sums in the same order.
  const ordered: Contribution[] = [];
  let pos = 0;
  for (const c of all) {
    if (c.raw > 0) {
      ordered.push(c);
      pos += c.raw;
    }
  }
  const positives = ordered.length;
  let negRaw = 0;
  for (const c of all) {
    if (c.raw < 0) {
      ordered.push(c);
      negRaw += c.raw;
    }
  }
  const neg = Math.max(-MAX_PROTECTIVE, negRaw);
  const posScore = saturate(pos);
  const finalReal = saturate(pos + neg);
  const score = Math.round(finalReal);
  // Positive reasons share the score of the positive points; protective ones share what they take away.
  const shares: number[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const raw = ordered[i]!.raw;
    shares.push(i < positives ? (raw / pos) * posScore : (raw / negRaw) * (finalReal - posScore));
  }
  const points = apportion(shares, score);
  const reasons: Reason[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const c = ordered[i]!;
    reasons.push({ source: c.source, code: c.code, label: c.label, points: points[i]! });
  }
  reasons.sort(byPoints);
  return { score, reasons };
};
