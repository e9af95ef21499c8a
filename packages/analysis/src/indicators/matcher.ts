import type { IndicatorMatch } from '../types.ts';
import type { Lexicon, LexiconIndicator } from './lexicon-schema.ts';
import { EXACT, MAX_SKIP, PREFIX, parsePattern, type Slot, slotMatches } from './pattern.ts';
import { MAX_SCAN, type Tokens, tokenize } from './tokenize.ts';

/**
 * All patterns of all lexicons compiled once into hash indexes on their first word: the whole
 * word for exact words, its first three letters for `stem*` and its last three for `*tail`.
 * Matching tokenises the text once and does two or three map lookups per token, without
 * allocating; only the few candidates that share the key are verified. Cost is linear in the text
 * and independent of the number of patterns.
 */

interface Compiled {
  indicator: LexiconIndicator;
  lang: string;
  langBit: number;
  slots: Slot[];
  /** The slot that is indexed; slots before it are plain required words matched backwards. */
  anchor: number;
}

/**
 * The slot to index: the one with the longest shortest alternative ("strada" rather than "la" in
 * "la strada"), because short words are frequent and would make many candidates to verify. Only
 * slots preceded by plain required words qualify, so the words before the anchor can be checked
 * backwards one by one.
 */
const chooseAnchor = (slots: Slot[]): number => {
  let best = 0;
  let bestLen = -1;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.skip || slot.optional) break;
    const len = Math.min(...slot.alts.map((a) => a.word.length));
    if (len > bestLen) {
      best = i;
      bestLen = len;
    }
  }
  return best;
};

/** Largest run of spaces/punctuation allowed between two words of one pattern. */
const MAX_GAP = 6;
/** Bounds on output for hostile input (a 10 MB page repeating one phrase). */
const MAX_PER_INDICATOR = 5;
const MAX_MATCHES = 300;

/**
 * First (or last) three UTF-16 units of a key hashed into a small integer: a map key that needs no
 * allocation (a larger number would be boxed). Collisions only add candidates, which are verified.
 */
const code3 = (a: number, b: number, c: number): number => ((a * 1021 + b) * 1021 + c) & 0x3fffffff;
const headCode = (k: string): number => code3(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2));
const tailCode = (k: string): number => {
  const n = k.length;
  return code3(k.charCodeAt(n - 3), k.charCodeAt(n - 2), k.charCodeAt(n - 1));
};

export interface Matcher {
  langs: readonly string[];
  /** Deduplicated matches of the given languages, sorted by position. */
  match(text: string, langs: readonly string[]): IndicatorMatch[];
  /** Raw matches (not deduplicated) over pre-computed tokens. */
  matchTokens(text: string, tokens: Tokens, langs: readonly string[]): IndicatorMatch[];
}

export const compileMatcher = (lexicons: readonly Lexicon[]): Matcher => {
  const langIndex = new Map<string, number>();
  const exact = new Map<string, Compiled[]>();
  const head = new Map<number, Compiled[]>();
  const tail = new Map<number, Compiled[]>();
  const add = <K>(map: Map<K, Compiled[]>, key: K, c: Compiled): void => {
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
        const anchor = chooseAnchor(slots);
        const c: Compiled = { indicator, lang: lex.lang, langBit, slots, anchor };
        const first = slots[anchor]!;
        if (first.skip) continue; // chooseAnchor never picks a skip; keeps the types honest
        // One entry per distinct key, so that a candidate is never verified twice for one token.
        const exactKeys = new Set<string>();
        const headKeys = new Set<number>();
        const tailKeys = new Set<number>();
        for (const alt of first.alts) {
          if (alt.mode === EXACT) exactKeys.add(alt.word);
          else if (alt.mode === PREFIX) headKeys.add(headCode(alt.word));
          else tailKeys.add(tailCode(alt.word));
        }
        for (const k of exactKeys) add(exact, k, c);
        for (const k of headKeys) add(head, k, c);
        for (const k of tailKeys) add(tail, k, c);
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

  /** Index of the first token when slots[0..anchor) match the tokens just before `ti`, or -1. */
  const before = (t: Tokens, slots: Slot[], anchor: number, ti: number): number => {
    let cur = ti;
    for (let si = anchor - 1; si >= 0; si--) {
      const prev = cur - 1;
      if (prev < 0 || t.starts[cur]! - t.ends[prev]! > MAX_GAP || !slotMatches(slots[si]!, t.keys[prev]!))
        return -1;
      cur = prev;
    }
    return cur;
  };

  const matchTokens = (text: string, t: Tokens, langs: readonly string[]): IndicatorMatch[] => {
    const mask = maskOf(langs);
    const out: IndicatorMatch[] = [];
    if (mask === 0) return out;
    const perIndicator = new Map<string, number>();
    const consider = (cands: Compiled[] | undefined, i: number, key: string): void => {
      if (!cands) return;
      for (const c of cands) {
        if ((c.langBit & mask) === 0 || !slotMatches(c.slots[c.anchor]!, key)) continue;
        const first = before(t, c.slots, c.anchor, i);
        if (first < 0) continue;
        const last = rest(t, c.slots, c.anchor + 1, i);
        if (last < 0 || splitsNumber(text, t, first, last)) continue;
        const id = c.indicator.id;
        const n = perIndicator.get(id) ?? 0;
        if (n >= MAX_PER_INDICATOR || out.length >= MAX_MATCHES) continue;
        perIndicator.set(id, n + 1);
        const start = t.starts[first]!;
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
      consider(exact.get(key), i, key);
      if (key.length >= 3) {
        consider(head.get(headCode(key)), i, key);
        if (tail.size > 0) consider(tail.get(tailCode(key)), i, key);
      }
    }
    return out;
  };

  return {
    langs: [...langIndex.keys()],
    matchTokens,
    match: (text, langs) => dedupeMatches(matchTokens(text, tokenize(text, MAX_SCAN), langs), langs),
  };
};

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const NUMBER_JOINERS = new Set([0x2e, 0x2c, 0x3a]); // . , :
const isNumeric = (key: string): boolean =>
  key.length > 0 && isDigit(key.charCodeAt(0)) && isDigit(key.charCodeAt(key.length - 1));

/**
 * Whether a match cuts through a number written with dots, commas or colons: "24 7" must match
 * "24/7" but not the date "24.7.2025", "16 years" not "1.16 years".
 */
const splitsNumber = (text: string, t: Tokens, first: number, last: number): boolean => {
  const joined = (at: number): boolean =>
    NUMBER_JOINERS.has(text.charCodeAt(at)) &&
    isDigit(text.charCodeAt(at - 1)) &&
    isDigit(text.charCodeAt(at + 1));
  if (isNumeric(t.keys[first]!) && joined(t.starts[first]! - 1)) return true;
  if (isNumeric(t.keys[last]!) && joined(t.ends[last]!)) return true;
  for (let k = first; k < last; k++) {
    if (
      isNumeric(t.keys[k]!) &&
      isNumeric(t.keys[k + 1]!) &&
      t.starts[k + 1]! - t.ends[k]! === 1 &&
      joined(t.ends[k]!)
    ) {
      return true;
    }
  }
  return false;
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
