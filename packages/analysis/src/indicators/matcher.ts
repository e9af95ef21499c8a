import type { IndicatorMatch } from '../types.ts';
import type { Lexicon, LexiconIndicator } from './lexicon-schema.ts';
import { EXACT, MAX_SKIP, PREFIX, parsePattern, type Slot, SUFFIX, slotMatches } from './pattern.ts';
import { type Tokens, tokenize } from './tokenize.ts';

/**
 * All patterns of all lexicons compiled once into two hash indexes keyed by the first three
 * letters (or the last three, for `*tail` patterns) of their first word. Matching tokenises the
 * text once and does one or two map lookups per token; only the few candidates that share the key
 * are verified. Cost is linear in the text and independent of the number of patterns.
 */

interface Compiled {
  indicator: LexiconIndicator;
  lang: string;
  langBit: number;
  slots: Slot[];
}

/** Largest run of spaces/punctuation allowed between two words of one pattern. */
const MAX_GAP = 6;
/** Bounds on output for hostile input (a 10 MB page repeating one phrase). */
const MAX_PER_INDICATOR = 5;
const MAX_MATCHES = 300;

const headKey = (key: string): string => (key.length >= 3 ? key.slice(0, 3) : key);
const tailKey = (key: string): string => (key.length >= 3 ? key.slice(-3) : key);

export interface Matcher {
  langs: readonly string[];
  /** Deduplicated matches of the given languages, sorted by position. */
  match(text: string, langs: readonly string[]): IndicatorMatch[];
  /** Raw matches (not deduplicated) over pre-computed tokens. */
  matchTokens(text: string, tokens: Tokens, langs: readonly string[]): IndicatorMatch[];
}

export const compileMatcher = (lexicons: readonly Lexicon[]): Matcher => {
  const langIndex = new Map<string, number>();
  const head = new Map<string, Compiled[]>();
  const tail = new Map<string, Compiled[]>();
  const add = (map: Map<string, Compiled[]>, key: string, c: Compiled): void => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const lex of lexicons) {
    if (langIndex.size >= 31) throw new Error('at most 31 lexicon languages are supported');
    if (!langIndex.has(lex.lang)) langIndex.set(lex.lang, langIndex.size);
    const langBit = 1 << langIndex.get(lex.lang)!;
    for (const indicator of lex.indicators) {
      for (const pattern of indicator.patterns) {
        const slots = parsePattern(pattern, `${lex.lang}.json [${indicator.id}]`);
        const c: Compiled = { indicator, lang: lex.lang, langBit, slots };
        const first = slots[0]!;
        if (first.skip) continue; // parsePattern forbids this; keeps the types honest
        const keys = new Set<string>();
        for (const alt of first.alts) {
          if (alt.mode === SUFFIX) add(tail, `${tailKey(alt.word)}`, c);
          else keys.add(alt.mode === PREFIX || alt.mode === EXACT ? headKey(alt.word) : alt.word);
        }
        for (const k of keys) add(head, k, c);
      }
    }
  }

  const maskOf = (langs: readonly string[]): number => {
    let mask = 0;
    for (const l of langs) {
      const i = langIndex.get(l);
      if (i !== undefined) mask |= 1 << i;
    }
    return mask;
  };

  /** Index of the last token matched by slots[si..] after token `ti`, or -1. */
  const rest = (t: Tokens, slots: Slot[], si: number, ti: number): number => {
    if (si === slots.length) return ti;
    const slot = slots[si]!;
    if (slot.skip) {
      for (let k = 0; k <= MAX_SKIP; k++) {
        const last = ti + k;
        if (last >= t.count) break;
        if (k > 0 && t.starts[last]! - t.ends[last - 1]! > MAX_GAP) break;
        const end = rest(t, slots, si + 1, last);
        if (end >= 0) return end;
      }
      return -1;
    }
    const next = ti + 1;
    if (next < t.count && t.starts[next]! - t.ends[ti]! <= MAX_GAP && slotMatches(slot, t.keys[next]!)) {
      const end = rest(t, slots, si + 1, next);
      if (end >= 0) return end;
    }
    return slot.optional ? rest(t, slots, si + 1, ti) : -1;
  };

  const matchTokens = (text: string, t: Tokens, langs: readonly string[]): IndicatorMatch[] => {
    const mask = maskOf(langs);
    const out: IndicatorMatch[] = [];
    if (mask === 0) return out;
    const perIndicator = new Map<string, number>();
    const consider = (cands: Compiled[] | undefined, i: number, key: string): void => {
      if (!cands) return;
      for (const c of cands) {
        if ((c.langBit & mask) === 0 || !slotMatches(c.slots[0]!, key)) continue;
        const last = rest(t, c.slots, 1, i);
        if (last < 0) continue;
        const id = c.indicator.id;
        const n = perIndicator.get(id) ?? 0;
        if (n >= MAX_PER_INDICATOR || out.length >= MAX_MATCHES) continue;
        perIndicator.set(id, n + 1);
        const start = t.starts[i]!;
        const end = t.ends[last]!;
        out.push({
          id,
          category: c.indicator.category,
          weight: c.indicator.weight,
          lang: c.lang,
          match: text.slice(start, end),
          start,
          end,
        });
      }
    };
    for (let i = 0; i < t.count && out.length < MAX_MATCHES; i++) {
      const key = t.keys[i]!;
      consider(head.get(headKey(key)), i, key);
      if (tail.size > 0) consider(tail.get(tailKey(key)), i, key);
    }
    return out;
  };

  return {
    langs: [...langIndex.keys()],
    matchTokens,
    match: (text, langs) => dedupeMatches(matchTokens(text, tokenize(text), langs), langs),
  };
};

/**
 * Drop matches that say the same thing twice: the same category over the same or a contained span
 * (a sub-phrase, or the same word in two languages' lexicons). The longer match wins; on equal
 * spans the language listed first wins. A protective match (a warning such as "never hand over
 * your passport") also swallows any match inside it. Output is sorted by position.
 */
export const dedupeMatches = (matches: IndicatorMatch[], langs: readonly string[]): IndicatorMatch[] => {
  if (matches.length < 2) return matches;
  const rank = (m: IndicatorMatch): number => {
    const r = langs.indexOf(m.lang);
    return r < 0 ? langs.length : r;
  };
  const sorted = [...matches].sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept: IndicatorMatch[] = [];
  for (const m of sorted) {
    const covered = kept.some(
      (k) =>
        (k.category === m.category || k.category === 'protective_context') &&
        k.start <= m.start &&
        k.end >= m.end,
    );
    if (!covered) kept.push(m);
  }
  // A protective match that starts later may still contain earlier-kept matches of other categories.
  const shields = kept.filter((k) => k.category === 'protective_context');
  if (shields.length === 0) return kept;
  return kept.filter(
    (m) => m.category === 'protective_context' || !shields.some((k) => k.start <= m.start && k.end >= m.end),
  );
};
