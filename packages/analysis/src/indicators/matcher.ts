import type { IndicatorMatch } from '../types.ts';
import type { Lexicon } from './lexicon-schema.ts';
import { EXACT, MAX_SKIP, PREFIX, parsePattern, type Slot, SUFFIX } from './pattern.ts';
import { codesOf, keyEndsWith, keyStartsWith, type Tokens, tokenizeShared } from './tokenize.ts';
import { VOCABULARY, vocabularyIds, WordTable } from './word-table.ts';

/**
 * All patterns of all lexicons compiled once into indexes on one "anchor" word each: exact words
 * by their id in the shared VOCABULARY (each token is looked up there once, for the language
 * detector too), `stem*` by the stem's first K letters and `*tail` by its last K (K: the shortest
 * anchor stem or tail, at least 3), in word tables probed in place with the token's own units.
 * Only the few candidates that share a key are verified, comparing char codes in place; no string
 * is made per token. Cost is linear in the text and independent of the number of patterns. Raw
 * matches go to fixed-size typed arrays; objects are made only for the matches that survive
 * deduplication.
 */

interface Alt {
  mode: number;
  word: string;
  codes: Uint16Array;
  /** Id in the VOCABULARY (exact words only; -1 otherwise). */
  id: number;
}

interface CompiledSlot {
  skip: boolean;
  optional: boolean;
  alts: Alt[];
}

interface Compiled {
  /** Index into `Matcher.indicators`. */
  info: number;
  langBit: number;
  slots: CompiledSlot[];
  /** The slot that is indexed; slots before it are plain required words matched backwards. */
  anchor: number;
}

/** One indicator of one lexicon, as the matcher reports it. */
export interface IndicatorInfo {
  id: string;
  category: string;
  weight: number;
  lang: string;
  langIndex: number;
  /** Rank of the id among all ids in code-unit order (compares as the ids would). */
  idRank: number;
  /** Counter slot for the per-indicator cap: one per distinct id. */
  counter: number;
}

/**
 * Raw matches of one call, in scratch arrays owned by the matcher: valid until its next call.
 * Match k is token range [first[k], last[k]] of indicator `info[k]`, text range [start[k], end[k]).
 */
export interface RawMatches {
  count: number;
  info: Int32Array;
  first: Int32Array;
  last: Int32Array;
  start: Int32Array;
  end: Int32Array;
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
const PROTECTIVE = 'protective_context';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isNumberJoiner = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x3a; // . , :

export class Matcher {
  readonly langs: readonly string[];
  readonly indicators: IndicatorInfo[] = [];
  private readonly langIndex = new Map<string, number>();
  /** Patterns anchored on an exact word, by VOCABULARY id. */
  private readonly exact: (Compiled[] | undefined)[] = [];
  /** Patterns anchored on a stem, by the id of the stem's first `headLength` units in `heads`. */
  private readonly heads = new WordTable();
  private readonly headLists: Compiled[][] = [];
  private headLength = 0;
  /** The same for tails and their last `tailLength` units. */
  private readonly tails = new WordTable();
  private readonly tailLists: Compiled[][] = [];
  private tailLength = 0;
  /** VOCABULARY ids of the tokens of the current call. */
  private wordIds: Int32Array = new Int32Array(0);
  private readonly counters: Int32Array;
  private readonly raw: RawMatches = {
    count: 0,
    info: new Int32Array(MAX_MATCHES),
    first: new Int32Array(MAX_MATCHES),
    last: new Int32Array(MAX_MATCHES),
    start: new Int32Array(MAX_MATCHES),
    end: new Int32Array(MAX_MATCHES),
  };
  private readonly order = new Int32Array(MAX_MATCHES);
  private readonly rank = new Int32Array(MAX_MATCHES);
  /** Scratch list of the raw matches kept by `dedupe`. */
  private readonly kept: number[] = [];

  constructor(lexicons: readonly Lexicon[]) {
    const counterOf = new Map<string, number>();
    const compiled: Compiled[] = [];
    for (const lex of lexicons) {
      if (this.langIndex.size >= 31) throw new Error('at most 31 lexicon languages are supported');
      if (!this.langIndex.has(lex.lang)) this.langIndex.set(lex.lang, this.langIndex.size);
      const langIndex = this.langIndex.get(lex.lang)!;
      for (const indicator of lex.indicators) {
        const info = this.indicators.length;
        if (!counterOf.has(indicator.id)) counterOf.set(indicator.id, counterOf.size);
        this.indicators.push({
          id: indicator.id,
          category: indicator.category,
          weight: indicator.weight,
          lang: lex.lang,
          langIndex,
          idRank: 0,
          counter: counterOf.get(indicator.id)!,
        });
        for (const pattern of indicator.patterns) {
          compiled.push(
            this.compile(parsePattern(pattern, `${lex.lang}.json [${indicator.id}]`), info, 1 << langIndex),
          );
        }
      }
    }
    // Rank of each id in code-unit order, so that sorting compares numbers, as `a.id < b.id` would.
    const ids = [...counterOf.keys()].sort();
    const rankOf = new Map(ids.map((id, r) => [id, r]));
    for (const info of this.indicators) info.idRank = rankOf.get(info.id)!;
    this.counters = new Int32Array(counterOf.size);
    this.langs = [...this.langIndex.keys()];
    this.index(compiled);
  }

  private compile(parsed: Slot[], info: number, langBit: number): Compiled {
    const slots: CompiledSlot[] = parsed.map((s) =>
      s.skip
        ? { skip: true, optional: false, alts: [] }
        : {
            skip: false,
            optional: s.optional,
            alts: s.alts.map((a) => ({
              mode: a.mode,
              word: a.word,
              codes: codesOf(a.word),
              id: a.mode === EXACT ? VOCABULARY.add(a.word) : -1,
            })),
          },
    );
    return { info, langBit, slots, anchor: chooseAnchor(parsed) };
  }

  /** Index every pattern under its anchor's words, in compilation order. */
  private index(compiled: Compiled[]): void {
    const anchorAlts = (c: Compiled, mode: number): Alt[] =>
      c.slots[c.anchor]!.alts.filter((a) => a.mode === mode);
    const shortest = (mode: number): number =>
      Math.min(...compiled.flatMap((c) => anchorAlts(c, mode).map((a) => a.word.length)));
    this.headLength = compiled.some((c) => anchorAlts(c, PREFIX).length > 0) ? shortest(PREFIX) : 0;
    this.tailLength = compiled.some((c) => anchorAlts(c, SUFFIX).length > 0) ? shortest(SUFFIX) : 0;
    for (const c of compiled) {
      // One entry per distinct key, so that a candidate is never considered twice for one token.
      const exactKeys = new Set<number>();
      const headKeys = new Set<number>();
      const tailKeys = new Set<number>();
      for (const alt of c.slots[c.anchor]!.alts) {
        if (alt.mode === EXACT) exactKeys.add(alt.id);
        else if (alt.mode === PREFIX) headKeys.add(this.heads.add(alt.word.slice(0, this.headLength)));
        else tailKeys.add(this.tails.add(alt.word.slice(alt.word.length - this.tailLength)));
      }
      for (const k of exactKeys) {
        while (this.exact.length <= k) this.exact.push(undefined);
        const list = this.exact[k];
        if (list) list.push(c);
        else this.exact[k] = [c];
      }
      for (const k of headKeys) listAt(this.headLists, k).push(c);
      for (const k of tailKeys) listAt(this.tailLists, k).push(c);
    }
  }

  /** Bit mask of the given languages (unknown ones ignored). */
  maskOf(langs: readonly string[]): number {
    let mask = 0;
    for (const l of langs) {
      const i = this.langIndex.get(l);
      if (i !== undefined) mask |= 1 << i;
    }
    return mask;
  }

  /** Index of a lexicon language, or -1. */
  indexOfLang(lang: string): number {
    return this.langIndex.get(lang) ?? -1;
  }

  /** Deduplicated matches of the given languages, sorted by position. */
  match(text: string, langs: readonly string[]): IndicatorMatch[] {
    const raw = this.matchRaw(text, tokenizeShared(text), this.maskOf(langs));
    const rankOfLang = this.langs.map((l) => {
      const r = langs.indexOf(l);
      return r < 0 ? langs.length : r;
    });
    const keep: number[] = [];
    for (let k = 0; k < raw.count; k++) keep.push(k);
    return this.dedupe(text, keep, rankOfLang);
  }

  /**
   * Raw matches (not deduplicated) of the languages in `mask` over `t`, the tokens of `text`, in
   * the order they were found: by anchor token, then exact anchors before stems before tails.
   */
  matchRaw(text: string, t: Tokens, mask: number): RawMatches {
    const raw = this.raw;
    raw.count = 0;
    if (mask === 0) return raw;
    const n = t.count;
    this.wordIds = vocabularyIds(t);
    const wordIds = this.wordIds;
    const counters = this.counters;
    counters.fill(0);
    const headLength = this.headLength;
    const tailLength = this.tailLength;
    for (let i = 0; i < n && raw.count < MAX_MATCHES; i++) {
      const w = wordIds[i]!;
      if (w >= 0) {
        const list = this.exact[w];
        if (list !== undefined) this.consider(text, t, list, i, mask, false);
      }
      if (headLength > 0) {
        const h = this.heads.findPrefix(t, i, headLength);
        if (h >= 0) this.consider(text, t, this.headLists[h]!, i, mask, true);
      }
      if (tailLength > 0) {
        const h = this.tails.findSuffix(t, i, tailLength);
        if (h >= 0) this.consider(text, t, this.tailLists[h]!, i, mask, true);
      }
    }
    return raw;
  }

  private consider(
    text: string,
    t: Tokens,
    cands: Compiled[],
    i: number,
    mask: number,
    verify: boolean,
  ): void {
    const raw = this.raw;
    for (let ci = 0; ci < cands.length; ci++) {
      const c = cands[ci]!;
      if ((c.langBit & mask) === 0) continue;
      const info = this.indicators[c.info]!;
      if (this.counters[info.counter]! >= MAX_PER_INDICATOR || raw.count >= MAX_MATCHES) continue;
      if (verify && !this.slotMatches(c.slots[c.anchor]!, t, i)) continue;
      const first = this.before(t, c.slots, c.anchor, i);
      if (first < 0) continue;
      const last = this.rest(t, c.slots, c.anchor + 1, i);
      if (last < 0 || splitsNumber(text, t, first, last)) continue;
      this.counters[info.counter]!++;
      const k = raw.count++;
      raw.info[k] = c.info;
      raw.first[k] = first;
      raw.last[k] = last;
      raw.start[k] = t.starts[first]!;
      raw.end[k] = t.ends[last]!;
    }
  }

  private slotMatches(slot: CompiledSlot, t: Tokens, ti: number): boolean {
    if (slot.skip) return true;
    const alts = slot.alts;
    for (let a = 0; a < alts.length; a++) {
      const alt = alts[a]!;
      if (
        alt.mode === EXACT
          ? this.wordIds[ti] === alt.id
          : alt.mode === PREFIX
            ? keyStartsWith(t, ti, alt.codes)
            : keyEndsWith(t, ti, alt.codes)
      )
        return true;
    }
    return false;
  }

  /** Index of the last token matched by slots[si..] after token `ti`, or -1. */
  private rest(t: Tokens, slots: CompiledSlot[], si: number, ti: number): number {
    if (si === slots.length) return ti;
    const slot = slots[si]!;
    if (slot.skip) {
      for (let k = 0; k <= MAX_SKIP; k++) {
        const last = ti + k;
        if (last >= t.count) break;
        if (k > 0 && t.starts[last]! - t.ends[last - 1]! > MAX_GAP) break;
        const end = this.rest(t, slots, si + 1, last);
        if (end >= 0) return end;
      }
      return -1;
    }
    const next = ti + 1;
    if (next < t.count && t.starts[next]! - t.ends[ti]! <= MAX_GAP && this.slotMatches(slot, t, next)) {
      const end = this.rest(t, slots, si + 1, next);
      if (end >= 0) return end;
    }
    return slot.optional ? this.rest(t, slots, si + 1, ti) : -1;
  }

  /** Index of the first token when slots[0..anchor) match the tokens just before `ti`, or -1. */
  private before(t: Tokens, slots: CompiledSlot[], anchor: number, ti: number): number {
    let cur = ti;
    for (let si = anchor - 1; si >= 0; si--) {
      const prev = cur - 1;
      if (prev < 0 || t.starts[cur]! - t.ends[prev]! > MAX_GAP || !this.slotMatches(slots[si]!, t, prev))
        return -1;
      cur = prev;
    }
    return cur;
  }

  /**
   * Drop raw matches (those listed in `keep`) that say the same thing twice, as `dedupeMatches`
   * does on objects, and make objects of the others, sorted by position. `rankOfLang[langIndex]`
   * orders languages for ties.
   */
  dedupe(text: string, keep: number[], rankOfLang: readonly number[]): IndicatorMatch[] {
    const raw = this.raw;
    const infos = this.indicators;
    const order = this.order;
    const rank = this.rank;
    const n = keep.length;
    // Insertion sort (stable, and the lists are short): start, longer first, language, id.
    for (let j = 0; j < n; j++) {
      const m = keep[j]!;
      const r = rankOfLang[infos[raw.info[m]!]!.langIndex]!;
      let p = j;
      while (p > 0 && compareRaw(raw, infos, order[p - 1]!, rank[p - 1]!, m, r) > 0) {
        order[p] = order[p - 1]!;
        rank[p] = rank[p - 1]!;
        p--;
      }
      order[p] = m;
      rank[p] = r;
    }
    const kept = this.kept;
    kept.length = 0;
    let shields = false;
    for (let j = 0; j < n; j++) {
      const m = order[j]!;
      const cat = infos[raw.info[m]!]!.category;
      let covered = false;
      for (const k of kept) {
        const kc = infos[raw.info[k]!]!.category;
        if (
          (kc === cat || kc === PROTECTIVE) &&
          raw.start[k]! <= raw.start[m]! &&
          raw.end[k]! >= raw.end[m]!
        ) {
          covered = true;
          break;
        }
      }
      if (covered) continue;
      kept.push(m);
      if (cat === PROTECTIVE) shields = true;
    }
    const out: IndicatorMatch[] = [];
    for (const m of kept) {
      const info = infos[raw.info[m]!]!;
      // A protective match that starts later may still contain earlier-kept matches of other categories.
      if (shields && info.category !== PROTECTIVE && this.shielded(kept, m)) continue;
      const start = raw.start[m]!;
      const end = raw.end[m]!;
      out.push({
        id: info.id,
        category: info.category,
        weight: info.weight,
        lang: info.lang,
        match: text.slice(start, end),
        start,
        end,
      });
    }
    return out;
  }

  private shielded(kept: number[], m: number): boolean {
    const raw = this.raw;
    for (const k of kept) {
      if (
        this.indicators[raw.info[k]!]!.category === PROTECTIVE &&
        raw.start[k]! <= raw.start[m]! &&
        raw.end[k]! >= raw.end[m]!
      )
        return true;
    }
    return false;
  }
}

/** Order of raw matches a (language rank ra) and b (rank rb), as `dedupeMatches` sorts objects. */
const compareRaw = (
  raw: RawMatches,
  infos: IndicatorInfo[],
  a: number,
  ra: number,
  b: number,
  rb: number,
): number =>
  raw.start[a]! - raw.start[b]! ||
  raw.end[b]! - raw.end[a]! ||
  ra - rb ||
  infos[raw.info[a]!]!.idRank - infos[raw.info[b]!]!.idRank;

/** The list of word id `k` (ids are handed out in order, so it is the next one when missing). */
const listAt = (lists: Compiled[][], k: number): Compiled[] => {
  while (lists.length <= k) lists.push([]);
  return lists[k]!;
};

export const compileMatcher = (lexicons: readonly Lexicon[]): Matcher => new Matcher(lexicons);

const isNumeric = (t: Tokens, i: number): boolean => {
  const ks = t.keyStarts[i]!;
  const ke = t.keyEnds[i]!;
  return ke > ks && isDigit(t.chars[ks]!) && isDigit(t.chars[ke - 1]!);
};

/**
 * Whether a match cuts through a number written with dots, commas or colons: "24 7" must match
 * "24/7" but not the date "24.7.2025", "16 years" not "1.16 years".
 */
const splitsNumber = (text: string, t: Tokens, first: number, last: number): boolean => {
  if (isNumeric(t, first) && joined(text, t.starts[first]! - 1)) return true;
  if (isNumeric(t, last) && joined(text, t.ends[last]!)) return true;
  for (let k = first; k < last; k++) {
    if (
      isNumeric(t, k) &&
      isNumeric(t, k + 1) &&
      t.starts[k + 1]! - t.ends[k]! === 1 &&
      joined(text, t.ends[k]!)
    ) {
      return true;
    }
  }
  return false;
};

const joined = (text: string, at: number): boolean =>
  isNumberJoiner(text.charCodeAt(at)) && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1));

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
      (k) => (k.category === m.category || k.category === PROTECTIVE) && k.start <= m.start && k.end >= m.end,
    );
    if (!covered) kept.push(m);
  }
  // A protective match that starts later may still contain earlier-kept matches of other categories.
  const shields = kept.filter((k) => k.category === PROTECTIVE);
  if (shields.length === 0) return kept;
  return kept.filter(
    (m) => m.category === PROTECTIVE || !shields.some((k) => k.start <= m.start && k.end >= m.end),
  );
};
