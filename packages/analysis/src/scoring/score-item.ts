import { detached } from '../detached.ts';
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

/** Position of each category in INDICATOR_CATEGORIES: contributions are listed in that order. */
const CATEGORY_ORDER = new Map<string, number>(INDICATOR_CATEGORIES.map((c, i) => [c, i]));
function bitOf(category: string): number {
  return 1 << CATEGORY_ORDER.get(category)!;
}
/** For each category index: the categories that make its context (a bit mask), or -1 when not gated. */
const CONTEXT_MASK = INDICATOR_CATEGORIES.map((c) => {
  const context = CONTEXT_GATED.get(c);
  return context === undefined ? -1 : context.reduce((mask, k) => mask | bitOf(k), 0);
});
const LABEL_OF_ORDER = INDICATOR_CATEGORIES.map((c) => CATEGORY_LABELS[c]);
const PROTECTIVE_BIT = bitOf('protective_context');

/**
 * The combinations compiled once: each group as a bit mask of its categories and the indexes of its
 * id suffixes in SUFFIXES, so that a suffix is looked for at most once per item.
 */
const SUFFIXES: string[] = [];
const COMPILED = COMBINATIONS.map((combo) => ({
  code: combo.code,
  label: combo.label,
  points: combo.points,
  orObfuscatedPhone: combo.orObfuscatedPhone === true,
  masks: combo.all.map((group) => group.reduce((mask, e) => (e.startsWith('.') ? mask : mask | bitOf(e)), 0)),
  suffixes: combo.all.map((group) =>
    group
      .filter((e) => e.startsWith('.'))
      .map((e) => {
        if (!SUFFIXES.includes(e)) SUFFIXES.push(e);
        return SUFFIXES.indexOf(e);
      }),
  ),
}));

/**
 * One indicator id of an item: its first match, how many matches, the distinct matched texts
 * (the first `nTerms` of `terms`).
 */
interface IdEntry {
  m: IndicatorMatch;
  order: number;
  n: number;
  terms: string[];
  nTerms: number;
}

/**
 * Scratch state of one scoreItem call (it is synchronous and returns only new objects): the id
 * entries, reused from call to call, and the contributions as parallel arrays. The arrays are
 * emptied by resetting their counts (ENTRY_COUNT, CONTRIBUTIONS), not their lengths: setting an
 * array's length to 0 is a builtin call and drops its storage, which the next push allocates again.
 * What they still hold past their counts is overwritten by the next items.
 */
const POOL: IdEntry[] = [];
const ENTRIES: IdEntry[] = [];
let ENTRY_COUNT = 0;
const SOURCE: string[] = [];
const CODE: string[] = [];
const LABEL: string[] = [];
const RAW: number[] = [];
let CONTRIBUTIONS = 0;
/** Contribution indexes, positive ones first; then their shares and integer points. */
const ORDERED: number[] = [];
const SHARES: number[] = [];
const POINTS: number[] = [];
const ERR: number[] = [];
const ROUND_ORDER: number[] = [];

function contribute(source: string, code: string, label: string, raw: number): void {
  const i = CONTRIBUTIONS++;
  SOURCE[i] = source;
  CODE[i] = code;
  LABEL[i] = label;
  RAW[i] = raw;
}

/** Category order, then the strongest first, then by id, so that the decay is applied the same way every time. */
function compareEntries(a: IdEntry, b: IdEntry): number {
  return a.order - b.order || Math.abs(b.m.weight) - Math.abs(a.m.weight) || (a.m.id < b.m.id ? -1 : 1);
}

/** Array.includes for strings in list[0, n), inlined: the builtin call costs more than these short lists. */
function includes(list: readonly string[], n: number, s: string): boolean {
  for (let i = 0; i < n; i++) if (list[i] === s) return true;
  return false;
}

/** The id entries of the indicators in ENTRIES[0, ENTRY_COUNT), sorted; returns the categories present (bit mask). */
function collectEntries(indicators: readonly IndicatorMatch[]): number {
  let present = 0;
  let count = 0;
  for (let i = 0; i < indicators.length; i++) {
    const m = indicators[i]!;
    const order = CATEGORY_ORDER.get(m.category);
    if (order === undefined) continue;
    present |= 1 << order;
    if (!Number.isFinite(m.weight)) continue;
    // One entry per indicator id: repeats of the same indicator add nothing.
    let e: IdEntry | undefined;
    for (let j = 0; j < count; j++) {
      if (ENTRIES[j]!.m.id === m.id) {
        e = ENTRIES[j];
        break;
      }
    }
    if (e !== undefined) {
      e.n++;
      if (!includes(e.terms, e.nTerms, m.match)) e.terms[e.nTerms++] = m.match;
      continue;
    }
    e = POOL[count];
    if (e === undefined) {
      e = { m, order, n: 1, terms: [m.match], nTerms: 1 };
      POOL.push(e);
    } else {
      e.m = m;
      e.order = order;
      e.n = 1;
      e.terms[0] = m.match;
      e.nTerms = 1;
    }
    // Insertion sort: stable, and the order is total over distinct ids, as Array.sort gave.
    let p = count++;
    while (p > 0 && compareEntries(ENTRIES[p - 1]!, e) > 0) {
      ENTRIES[p] = ENTRIES[p - 1]!;
      p--;
    }
    ENTRIES[p] = e;
  }
  ENTRY_COUNT = count;
  return present;
}

/** The matched texts of an entry for its label: at most three of terms[0, count), quoted. */
function quoted(terms: string[], count: number): string {
  let s = `"${terms[0]}"`;
  const n = Math.min(3, count);
  for (let i = 1; i < n; i++) s += `, "${terms[i]}"`;
  return s;
}

/**
 * Indicator labels already made, handed out again: the same few hundred recur from item to item,
 * and a label made anew is a fresh concatenation that its reader (the scan output) must flatten
 * and hash. Keyed by the quoted texts, one map level each, then by the rest of the label as a
 * number. Dropped past MAX_LABELS entries, so memory stays bounded on any input.
 */
interface LabelNode {
  next: Map<string, LabelNode> | undefined;
  labels: Map<number, string> | undefined;
}
const LABELS = new Map<string, LabelNode>();
const MAX_LABELS = 20_000;
let labelEntries = 0;

function indicatorLabel(
  order: number,
  terms: string[],
  nTerms: number,
  n: number,
  gated: boolean,
  reduced: boolean,
): string {
  if (labelEntries > MAX_LABELS) {
    LABELS.clear();
    labelEntries = 0;
  }
  let map = LABELS;
  let node: LabelNode | undefined;
  const last = Math.min(3, nTerms) - 1;
  for (let i = 0; ; i++) {
    const term = terms[i]!;
    node = map.get(term);
    if (node === undefined) {
      node = { next: undefined, labels: undefined };
      map.set(detached(term), node);
      labelEntries++;
    }
    if (i === last) break;
    if (node.next === undefined) node.next = new Map();
    map = node.next;
  }
  // The categories fit in 32 bits (masks), so `order` takes 5 bits.
  const key = ((n * 2 + (gated ? 1 : 0)) * 2 + (reduced ? 1 : 0)) * 32 + order;
  if (node.labels === undefined) node.labels = new Map();
  const labels = node.labels;
  let label = labels.get(key);
  if (label === undefined) {
    label = `${LABEL_OF_ORDER[order]}: ${quoted(terms, nTerms)}`;
    if (n > 1) label += ` (${n} matches)`;
    if (gated) label += ' (outside its context: quarter weight)';
    if (reduced) label += ' (further indicator of this category: reduced)';
    label = detached(label);
    labels.set(key, label);
    labelEntries++;
  }
  return label;
}

/** Contributions of the id entries; returns whether one has the code 'phone.obfuscated'. */
function indicatorContributions(present: number): boolean {
  let phoneCode = false;
  let k = 0;
  for (let j = 0; j < ENTRY_COUNT; j++) {
    const e = ENTRIES[j]!;
    // k: how many stronger indicators of the same category come before this one.
    k = j > 0 && ENTRIES[j - 1]!.order === e.order ? k + 1 : 0;
    const context = CONTEXT_MASK[e.order]!;
    const gated = context !== -1 && (present & context) === 0;
    const factor = gated ? OUT_OF_CONTEXT_FACTOR : 1;
    const raw = e.m.weight * factor * CATEGORY_DECAY ** k;
    if (raw === 0) continue;
    contribute('indicator', e.m.id, indicatorLabel(e.order, e.terms, e.nTerms, e.n, gated, k > 0), raw);
    if (e.m.id === 'phone.obfuscated') phoneCode = true;
  }
  return phoneCode;
}

/** Whether some selector is obfuscated: a phone one (phone true) or another one (phone false). */
function anyObfuscated(selectors: readonly SelectorMatch[], phone: boolean): boolean {
  for (let i = 0; i < selectors.length; i++) {
    const s = selectors[i]!;
    if ((s.type === 'phone') === phone && s.flags && includes(s.flags, s.flags.length, 'obfuscated'))
      return true;
  }
  return false;
}

/** The shared-phone labels of small counts, made once (as the indicator labels, for their reader). */
const SHARED_PHONE_LABELS: string[] = [];
function sharedPhoneLabel(n: number): string {
  let label = SHARED_PHONE_LABELS[n];
  if (label === undefined) {
    label = `phone number appears in ${n} items`;
    if (n < 1024) SHARED_PHONE_LABELS[n] = label;
  }
  return label;
}

/** Contributions of the selector facts; returns whether the phone was obfuscated. */
function factContributions(facts: SelectorFacts, selectors: readonly SelectorMatch[]): boolean {
  const phone = facts.obfuscatedPhone || anyObfuscated(selectors, true);
  if (phone) {
    contribute(
      'selector',
      'phone.obfuscated',
      'phone number written to evade search',
      FACT_POINTS.obfuscatedPhone,
    );
  }
  if (facts.obfuscatedContact || anyObfuscated(selectors, false)) {
    contribute(
      'selector',
      'contact.obfuscated',
      'e-mail or handle written to evade search',
      FACT_POINTS.obfuscatedContact,
    );
  }
  const shared = facts.phoneItemCount ?? 1;
  if (Number.isFinite(shared) && shared >= 2) {
    const raw = Math.min(FACT_POINTS.sharedPhoneMax, FACT_POINTS.sharedPhonePerDoubling * Math.log2(shared));
    contribute('selector', 'phone.shared', sharedPhoneLabel(Math.floor(shared)), raw);
  }
  if (facts.cryptoOnly) {
    contribute(
      'selector',
      'payment.crypto_only',
      'crypto addresses are the only payment',
      FACT_POINTS.cryptoOnly,
    );
  }
  return Boolean(phone);
}

/** The kind's reason code and label, made once per kind. */
const KIND_REASON = new Map<string, { code: string; label: string }>();
function kindContribution(kind: ItemKind): void {
  const points = KIND_POINTS[kind] ?? 0;
  if (!(points > 0)) return;
  let r = KIND_REASON.get(kind);
  if (r === undefined) {
    r = { code: `kind.${kind}`, label: `item kind: ${kind.replace('_', ' ')}` };
    KIND_REASON.set(kind, r);
  }
  contribute('kind', r.code, r.label, points);
}

/** Whether an indicator id ends with SUFFIXES[s] (its last character tested first: endsWith is a call). */
function hasSuffix(indicators: readonly IndicatorMatch[], s: number): boolean {
  const suffix = SUFFIXES[s]!;
  const last = suffix.charCodeAt(suffix.length - 1);
  for (let i = 0; i < indicators.length; i++) {
    const id = indicators[i]!.id;
    if (id.charCodeAt(id.length - 1) === last && id.endsWith(suffix)) return true;
  }
  return false;
}

/** Contributions of the combinations whose every group is satisfied. */
function combinationContributions(
  indicators: readonly IndicatorMatch[],
  present: number,
  obfuscatedPhone: boolean,
): void {
  // Suffixes looked for so far (bits), and those found.
  let known = 0;
  let found = 0;
  for (let c = 0; c < COMPILED.length; c++) {
    const combo = COMPILED[c]!;
    const last = combo.masks.length - 1;
    let ok = true;
    for (let g = 0; ok && g <= last; g++) {
      if ((present & combo.masks[g]!) !== 0) continue;
      let any = false;
      for (const s of combo.suffixes[g]!) {
        const bit = 1 << s;
        if ((known & bit) === 0) {
          known |= bit;
          if (hasSuffix(indicators, s)) found |= bit;
        }
        if ((found & bit) !== 0) {
          any = true;
          break;
        }
      }
      ok = any || (combo.orObfuscatedPhone && g === last && obfuscatedPhone);
    }
    if (ok) contribute('combination', combo.code, combo.label, combo.points);
  }
}

/** Integers in POINTS[0, n) that sum exactly to `total`, each as close as possible to SHARES[i]. */
function apportion(n: number, total: number): void {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = Math.round(SHARES[i]!);
    POINTS[i] = r;
    sum += r;
  }
  let diff = total - sum;
  if (diff === 0) return;
  // Indexes by rounding error: largest first when points are missing, smallest first when in excess,
  // ties by position (a total order, so any sort gives this result).
  for (let i = 0; i < n; i++) ERR[i] = SHARES[i]! - POINTS[i]!;
  const order = ROUND_ORDER;
  for (let i = 0; i < n; i++) {
    let p = i;
    while (p > 0) {
      const j = order[p - 1]!;
      const c = (diff > 0 ? ERR[i]! - ERR[j]! : ERR[j]! - ERR[i]!) || j - i;
      if (c <= 0) break;
      order[p] = j;
      p--;
    }
    order[p] = i;
  }
  for (let k = 0; diff !== 0 && n > 0; k = (k + 1) % n) {
    const step = diff > 0 ? 1 : -1;
    POINTS[order[k]!]! += step;
    diff -= step;
  }
}

/** Most points first, then by code. */
function byPoints(a: Reason, b: Reason): number {
  return b.points - a.points || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function saturate(points: number): number {
  return 100 * (1 - Math.exp(-Math.max(0, points) / SATURATION));
}

/**
 * Risk score 0-100 with every reason. Points add up per category with diminishing returns, then
 * saturate; each reason shows its share of the final score, and the shares sum to the score.
 */
export function scoreItem(input: ScoreInput): { score: number; reasons: Reason[] } {
  const indicators = input.indicators ?? [];
  const selectors = input.selectors ?? [];
  const facts = input.selectorFacts ?? {};
  CONTRIBUTIONS = 0;
  const present = collectEntries(indicators);
  const phoneCode = indicatorContributions(present);
  const obfuscatedPhone = factContributions(facts, selectors) || phoneCode;
  kindContribution(input.kind);
  // Combinations infer a lure or an exploitative set-up; a warning or help notice describes the
  // same things, so with awareness language present they are not applied.
  if ((present & PROTECTIVE_BIT) === 0) combinationContributions(indicators, present, obfuscatedPhone);

  // Positive contributions, then negative ones, each in the order above; sums in the same order.
  const count = CONTRIBUTIONS;
  let n = 0;
  let pos = 0;
  for (let i = 0; i < count; i++) {
    if (RAW[i]! > 0) {
      ORDERED[n++] = i;
      pos += RAW[i]!;
    }
  }
  const positives = n;
  let negRaw = 0;
  for (let i = 0; i < count; i++) {
    if (RAW[i]! < 0) {
      ORDERED[n++] = i;
      negRaw += RAW[i]!;
    }
  }
  const neg = Math.max(-MAX_PROTECTIVE, negRaw);
  const posScore = saturate(pos);
  const finalReal = saturate(pos + neg);
  const score = Math.round(finalReal);
  // Positive reasons share the score of the positive points; protective ones share what they take away.
  for (let i = 0; i < n; i++) {
    const raw = RAW[ORDERED[i]!]!;
    SHARES[i] = i < positives ? (raw / pos) * posScore : (raw / negRaw) * (finalReal - posScore);
  }
  apportion(n, score);
  const reasons: Reason[] = [];
  // Insertion sort by points (stable, as Array.sort): the lists are short.
  for (let i = 0; i < n; i++) {
    const c = ORDERED[i]!;
    const r: Reason = { source: SOURCE[c]!, code: CODE[c]!, label: LABEL[c]!, points: POINTS[i]! };
    let p = reasons.push(r) - 1;
    while (p > 0 && byPoints(reasons[p - 1]!, r) > 0) {
      reasons[p] = reasons[p - 1]!;
      p--;
    }
    reasons[p] = r;
  }
  return { score, reasons };
}
