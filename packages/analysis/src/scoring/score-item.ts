import { CATEGORY_LABELS, INDICATOR_CATEGORIES, isIndicatorCategory } from '../indicators/categories.ts';
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

const CATEGORY_ORDER = new Map<string, number>(INDICATOR_CATEGORIES.map((c, i) => [c, i]));

const indicatorContributions = (
  indicators: readonly IndicatorMatch[],
  present: ReadonlySet<string>,
): Contribution[] => {
  // One entry per indicator id: repeats of the same indicator add nothing.
  const byId = new Map<string, { m: IndicatorMatch; n: number; terms: Set<string> }>();
  for (const m of indicators) {
    if (!isIndicatorCategory(m.category) || !Number.isFinite(m.weight)) continue;
    const e = byId.get(m.id);
    if (e) {
      e.n++;
      e.terms.add(m.match);
    } else byId.set(m.id, { m, n: 1, terms: new Set([m.match]) });
  }
  const byCategory = new Map<string, { m: IndicatorMatch; n: number; terms: Set<string> }[]>();
  for (const e of byId.values()) {
    const list = byCategory.get(e.m.category) ?? [];
    list.push(e);
    byCategory.set(e.m.category, list);
  }
  const out: Contribution[] = [];
  const categories = [...byCategory.keys()].sort((a, b) => CATEGORY_ORDER.get(a)! - CATEGORY_ORDER.get(b)!);
  for (const category of categories) {
    const entries = byCategory.get(category)!;
    // Strongest first, then by id, so that the decay is applied the same way every time.
    entries.sort((a, b) => Math.abs(b.m.weight) - Math.abs(a.m.weight) || (a.m.id < b.m.id ? -1 : 1));
    const context = CONTEXT_GATED.get(category as never);
    const gated = context !== undefined && !context.some((c) => present.has(c));
    const factor = gated ? OUT_OF_CONTEXT_FACTOR : 1;
    entries.forEach((e, k) => {
      const raw = e.m.weight * factor * CATEGORY_DECAY ** k;
      if (raw === 0) return;
      const terms = [...e.terms].slice(0, 3).map((t) => `"${t}"`);
      const label = `${CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS]}: ${terms.join(', ')}${
        e.n > 1 ? ` (${e.n} matches)` : ''
      }${gated ? ' (outside its context: quarter weight)' : ''}${k > 0 ? ' (further indicator of this category: reduced)' : ''}`;
      out.push({ source: 'indicator', code: e.m.id, label, raw });
    });
  }
  return out;
};

const factContributions = (facts: SelectorFacts, selectors: readonly SelectorMatch[]): Contribution[] => {
  const out: Contribution[] = [];
  const obfuscated = (s: SelectorMatch): boolean => s.flags?.includes('obfuscated') === true;
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
  return out;
};

/** Integers that sum exactly to `total`, each as close as possible to its real share. */
const apportion = (values: number[], total: number): number[] => {
  const rounded = values.map((v) => Math.round(v));
  let diff = total - rounded.reduce((a, b) => a + b, 0);
  const order = values
    .map((v, i) => ({ i, err: v - rounded[i]! }))
    .sort((a, b) => (diff > 0 ? b.err - a.err : a.err - b.err) || a.i - b.i);
  for (let k = 0; diff !== 0 && order.length > 0; k = (k + 1) % order.length) {
    const step = diff > 0 ? 1 : -1;
    rounded[order[k]!.i]! += step;
    diff -= step;
  }
  return rounded;
};

const saturate = (points: number): number => 100 * (1 - Math.exp(-Math.max(0, points) / SATURATION));

/**
 * Risk score 0-100 with every reason. Points add up per category with diminishing returns, then
 * saturate; each reason shows its share of the final score, and the shares sum to the score.
 */
export const scoreItem = (input: ScoreInput): { score: number; reasons: Reason[] } => {
  const indicators = input.indicators ?? [];
  const selectors = input.selectors ?? [];
  const facts = input.selectorFacts ?? {};
  const present = new Set(indicators.map((m) => m.category));
  const all = indicatorContributions(indicators, present);
  all.push(...factContributions(facts, selectors));
  const kindPoints = KIND_POINTS[input.kind] ?? 0;
  if (kindPoints > 0)
    all.push({
      source: 'kind',
      code: `kind.${input.kind}`,
      label: `item kind: ${input.kind.replace('_', ' ')}`,
      raw: kindPoints,
    });
  const obfuscatedPhone = all.some((c) => c.code === 'phone.obfuscated');
  const ids = indicators.map((m) => m.id);
  const satisfied = (entry: string): boolean =>
    entry.startsWith('.') ? ids.some((id) => id.endsWith(entry)) : present.has(entry);
  // Combinations infer a lure or an exploitative set-up; a warning or help notice describes the
  // same things, so with awareness language present they are not applied.
  const protective = present.has('protective_context');
  for (const combo of protective ? [] : COMBINATIONS) {
    const ok = combo.all.every(
      (group, gi) =>
        group.some(satisfied) ||
        (combo.orObfuscatedPhone === true && gi === combo.all.length - 1 && obfuscatedPhone),
    );
    if (ok) all.push({ source: 'combination', code: combo.code, label: combo.label, raw: combo.points });
  }

  const positive = all.filter((c) => c.raw > 0);
  const negative = all.filter((c) => c.raw < 0);
  const pos = positive.reduce((a, c) => a + c.raw, 0);
  const negRaw = negative.reduce((a, c) => a + c.raw, 0);
  const neg = Math.max(-MAX_PROTECTIVE, negRaw);
  const posScore = saturate(pos);
  const finalReal = saturate(pos + neg);
  const score = Math.round(finalReal);
  // Positive reasons share the score of the positive points; protective ones share what they take away.
  const shares = [
    ...positive.map((c) => (c.raw / pos) * posScore),
    ...negative.map((c) => (c.raw / negRaw) * (finalReal - posScore)),
  ];
  const points = apportion(shares, score);
  const reasons: Reason[] = [...positive, ...negative].map((c, i) => ({
    source: c.source,
    code: c.code,
    label: c.label,
    points: points[i]!,
  }));
  reasons.sort((a, b) => b.points - a.points || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { score, reasons };
};
