import type { IndicatorMatch } from '../types.ts';
import type { Lexicon } from './lexicon-schema.ts';
import { EXACT, MAX_SKIP, PREFIX, parsePattern, type Slot, SUFFIX } from './pattern.ts';
import { type Tokens, tokenizeShared } from './tokenize.ts';
import { VOCABULARY, vocabularyIds, WordTable } from './word-table.ts';

/**
 * All patterns of all lexicons compiled once into indexes on one "anchor" word each: exact words
 * by their id in the shared VOCABULARY (each token is looked up there once, for the language
 * detector too), `stem*` by the stem's first K letters and `*tail` by its last K (K: the shortest
 * anchor stem or tail, at least 3), in word tables probed in place with the token's own units.
 * A token that is a VOCABULARY word (most are) finds all its candidates in one list made for that
 * word at compile time. Only the few candidates that share a key are verified, comparing char
 * codes in place; no string is made per token. Cost is linear in the text and independent of the
 * number of patterns.
 * Patterns, slots and alternatives are records in typed arrays rather than objects (see PAT and
 * ALTS), so that verifying a candidate reads a few consecutive numbers instead of chasing pointers.
 * Raw matches go to fixed-size typed arrays; objects are made only for the matches that survive
 * deduplication.
 */

/** Slot kinds. */
const WORD = 0;
const OPTIONAL = 1;
const SKIP = 2;

/** One pattern before flattening (compilation only). */
interface Compiled {
  info: number;
  slots: Slot[];
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
export const MAX_MATCHES = 300;
const PROTECTIVE = 'protective_context';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isNumberJoiner = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x3a; // . , :

/**
 * A pattern as its candidate lists hold it, PAT int32 each: language bit, counter of its id,
 * indicator, and the offsets in `Matcher.slots` of its first slot, of the end of its slots and of
 * its anchor slot. Copied into every list it is in, so that trying the candidates of a token reads
 * consecutive memory: in the scan pipeline little of the matcher stays cached from item to item.
 */
const PAT = 6;
const LANG_BIT = 0;
const COUNTER = 1;
const INFO = 2;
const SLOT0 = 3;
const SLOT_END = 4;
const ANCHOR = 5;

/**
 * A slot in `Matcher.slots`: its kind, the offsets of the next and the previous slot, then its
 * alternatives, ALT int32 each: mode, VOCABULARY id (exact words; -1 otherwise), offset and
 * length of the word's units in `Matcher.codes`. A pattern's slots are consecutive.
 */
const NEXT = 1;
const PREV = 2;
const ALTS = 3;
const ALT = 4;

/** Candidate lists by key, back to back: key k has records `from[k]` to `from[k + 1]` in `items`. */
interface Lists {
  from: Int32Array;
  items: Int32Array;
}

const EMPTY: Lists = { from: new Int32Array(1), items: new Int32Array(0) };

/** Lists of pattern records by key (keys 0..n-1) packed into two typed arrays. */
const packLists = (lists: number[][], records: Int32Array): Lists => {
  const from = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) from[k + 1] = from[k]! + lists[k]!.length;
  const items = new Int32Array(from[lists.length]! * PAT);
  let at = 0;
  for (const list of lists) {
    for (const p of list) {
      items.set(records.subarray(p * PAT, (p + 1) * PAT), at);
      at += PAT;
    }
  }
  return { from, items };
};

export class Matcher {
  readonly langs: readonly string[];
  readonly indicators: IndicatorInfo[] = [];
  private readonly langIndex = new Map<string, number>();
  /**
   * The candidates of each VOCABULARY word (by id, up to the vocabulary's size when compiled), as a
   * token with that key would find them: the patterns anchored on the word exactly, then those of
   * `headLists` and `tailLists` that its head and tail find and whose anchor slot it matches, in
   * list order. Most tokens are vocabulary words, and for them one list replaces the lookups of
   * head and tail and the check of each stem candidate's anchor, whose outcome depends on the
   * word alone.
   */
  private wordLists: Lists = EMPTY;
  /** Patterns anchored on a stem, by the id of the stem's first `headLength` units in `heads`. */
  private readonly heads = new WordTable();
  private headLists: Lists = EMPTY;
  private headLength = 0;
  /** The same for tails and their last `tailLength` units. */
  private readonly tails = new WordTable();
  private tailLists: Lists = EMPTY;
  private tailLength = 0;

  /** Slots and their alternatives (see ALTS), and the alternatives' units. */
  private slots = new Int32Array(0);
  private codes = new Uint16Array(0);
  /** Category number of each indicator, and that of `protective_context` (-1 if none). */
  private catOf = new Int32Array(0);
  private protective = -1;

  /** VOCABULARY ids of the tokens of the current call. */
  private wordIds: Int32Array = new Int32Array(0);
  private readonly counters: Int32Array;
  /** The raw matches of the last call (scratch: valid until the next one). */
  readonly raw: RawMatches = {
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
  private readonly kept = new Int32Array(MAX_MATCHES);
  /** The raw matches `dedupeRaw` keeps in the end, in order (scratch: valid until its next call). */
  readonly survivors = new Int32Array(MAX_MATCHES);
  /** Largest end of a kept match, by category (`dedupe`). */
  private maxEnd = new Int32Array(0);

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
          const slots = parsePattern(pattern, `${lex.lang}.json [${indicator.id}]`);
          compiled.push({ info, slots, anchor: chooseAnchor(slots) });
        }
      }
    }
    // Rank of each id in code-unit order, so that sorting compares numbers, as `a.id < b.id` would.
    const ids = [...counterOf.keys()].sort();
    const rankOf = new Map(ids.map((id, r) => [id, r]));
    for (const info of this.indicators) info.idRank = rankOf.get(info.id)!;
    this.counters = new Int32Array(counterOf.size);
    this.langs = [...this.langIndex.keys()];
    const catIndex = new Map<string, number>();
    this.catOf = Int32Array.from(this.indicators, (info) => {
      if (!catIndex.has(info.category)) catIndex.set(info.category, catIndex.size);
      return catIndex.get(info.category)!;
    });
    this.protective = catIndex.get(PROTECTIVE) ?? -1;
    this.maxEnd = new Int32Array(catIndex.size);
    this.index(compiled, this.flatten(compiled));
  }

  /** Slots and alternatives into `slots` and `codes`; the PAT-int32 record of each pattern. */
  private flatten(compiled: Compiled[]): Int32Array {
    const records = new Int32Array(compiled.length * PAT);
    let size = 0;
    let units = 0;
    for (const c of compiled) {
      for (const slot of c.slots) {
        size += ALTS;
        if (slot.skip) continue;
        size += slot.alts.length * ALT;
        for (const alt of slot.alts) units += alt.word.length;
      }
    }
    const slots = new Int32Array(size);
    this.codes = new Uint16Array(units);
    let s = 0;
    let u = 0;
    compiled.forEach((c, k) => {
      const info = this.indicators[c.info]!;
      const r = k * PAT;
      records[r + LANG_BIT] = 1 << info.langIndex;
      records[r + COUNTER] = info.counter;
      records[r + INFO] = c.info;
      records[r + SLOT0] = s;
      let prev = -1;
      c.slots.forEach((slot, j) => {
        if (j === c.anchor) records[r + ANCHOR] = s;
        slots[s] = slot.skip ? SKIP : slot.optional ? OPTIONAL : WORD;
        slots[s + PREV] = prev;
        prev = s;
        let a = s + ALTS;
        for (const alt of slot.skip ? [] : slot.alts) {
          slots[a] = alt.mode;
          slots[a + 1] = alt.mode === EXACT ? VOCABULARY.add(alt.word) : -1;
          slots[a + 2] = u;
          slots[a + 3] = alt.word.length;
          for (let q = 0; q < alt.word.length; q++) this.codes[u++] = alt.word.charCodeAt(q);
          a += ALT;
        }
        slots[s + NEXT] = a;
        s = a;
      });
      records[r + SLOT_END] = s;
    });
    this.slots = slots;
    return records;
  }

  /** Index every pattern under its anchor's words, in compilation order. */
  private index(compiled: Compiled[], records: Int32Array): void {
    const anchorAlts = (c: Compiled, mode: number) => {
      const slot = c.slots[c.anchor]!;
      return slot.skip ? [] : slot.alts.filter((a) => a.mode === mode);
    };
    const shortest = (mode: number): number =>
      Math.min(...compiled.flatMap((c) => anchorAlts(c, mode).map((a) => a.word.length)));
    this.headLength = compiled.some((c) => anchorAlts(c, PREFIX).length > 0) ? shortest(PREFIX) : 0;
    this.tailLength = compiled.some((c) => anchorAlts(c, SUFFIX).length > 0) ? shortest(SUFFIX) : 0;
    const exact: number[][] = [];
    const heads: number[][] = [];
    const tails: number[][] = [];
    compiled.forEach((c, k) => {
      // One entry per distinct key, so that a candidate is never considered twice for one token.
      const exactKeys = new Set<number>();
      const headKeys = new Set<number>();
      const tailKeys = new Set<number>();
      const slot = c.slots[c.anchor]!;
      for (const alt of slot.skip ? [] : slot.alts) {
        if (alt.mode === EXACT) exactKeys.add(VOCABULARY.add(alt.word));
        else if (alt.mode === PREFIX) headKeys.add(this.heads.add(alt.word.slice(0, this.headLength)));
        else tailKeys.add(this.tails.add(alt.word.slice(alt.word.length - this.tailLength)));
      }
      for (const key of exactKeys) listAt(exact, key).push(k);
      for (const key of headKeys) listAt(heads, key).push(k);
      for (const key of tailKeys) listAt(tails, key).push(k);
    });
    this.headLists = packLists(heads, records);
    this.tailLists = packLists(tails, records);
    const words: number[][] = [];
    for (let id = 0; id < VOCABULARY.size; id++) {
      const word = VOCABULARY.word(id);
      const list = listAt(words, id);
      list.push(...(exact[id] ?? []));
      const matching = (k: number): boolean => this.slotMatchesWord(records[k * PAT + ANCHOR]!, word, id);
      if (this.headLength > 0 && word.length >= this.headLength) {
        const h = this.heads.get(word.slice(0, this.headLength));
        if (h >= 0) list.push(...heads[h]!.filter(matching));
      }
      if (this.tailLength > 0 && word.length >= this.tailLength) {
        const h = this.tails.get(word.slice(word.length - this.tailLength));
        if (h >= 0) list.push(...tails[h]!.filter(matching));
      }
    }
    this.wordLists = packLists(words, records);
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
    const keep = new Int32Array(raw.count);
    for (let k = 0; k < raw.count; k++) keep[k] = k;
    return this.dedupe(text, keep, raw.count, rankOfLang);
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
    this.counters.fill(0);
    const headLength = this.headLength;
    const tailLength = this.tailLength;
    const wordLists = this.wordLists;
    const wordKeys = wordLists.from.length - 1;
    for (let i = 0; i < n && raw.count < MAX_MATCHES; i++) {
      const w = wordIds[i]!;
      if (w >= 0 && w < wordKeys) {
        this.consider(text, t, wordLists, w, i, mask, false);
        continue;
      }
      // Not a word known when compiling: no exact anchor, and its stems are looked up.
      if (headLength > 0) {
        const h = this.heads.findPrefix(t, i, headLength);
        if (h >= 0) this.consider(text, t, this.headLists, h, i, mask, true);
      }
      if (tailLength > 0) {
        const h = this.tails.findSuffix(t, i, tailLength);
        if (h >= 0) this.consider(text, t, this.tailLists, h, i, mask, true);
      }
    }
    return raw;
  }

  /** Try the patterns of list `key` with their anchor on token `i` (`verify`: check the anchor too). */
  private consider(
    text: string,
    t: Tokens,
    lists: Lists,
    key: number,
    i: number,
    mask: number,
    verify: boolean,
  ): void {
    const raw = this.raw;
    const items = lists.items;
    const to = lists.from[key + 1]! * PAT;
    for (let r = lists.from[key]! * PAT; r < to; r += PAT) {
      if ((items[r + LANG_BIT]! & mask) === 0) continue;
      const counter = items[r + COUNTER]!;
      if (this.counters[counter]! >= MAX_PER_INDICATOR || raw.count >= MAX_MATCHES) continue;
      const anchor = items[r + ANCHOR]!;
      if (verify && !this.slotMatches(anchor, t, i)) continue;
      // Most patterns are one word or start at their anchor: no call for the words around it.
      const slot0 = items[r + SLOT0]!;
      const first = anchor === slot0 ? i : this.before(t, slot0, anchor, i);
      if (first < 0) continue;
      const next = this.slots[anchor + NEXT]!;
      const end = items[r + SLOT_END]!;
      const last = next === end ? i : this.rest(t, next, end, i);
      if (last < 0 || splitsNumber(text, t, first, last)) continue;
      this.counters[counter]!++;
      const k = raw.count++;
      raw.info[k] = items[r + INFO]!;
      raw.first[k] = first;
      raw.last[k] = last;
      raw.start[k] = t.starts[first]!;
      raw.end[k] = t.ends[last]!;
    }
  }

  /** Whether the word slot at offset `s` matches token `ti`. */
  private slotMatches(s: number, t: Tokens, ti: number): boolean {
    const slots = this.slots;
    const to = slots[s + NEXT]!;
    for (let a = s + ALTS; a < to; a += ALT) {
      const mode = slots[a]!;
      if (mode === EXACT) {
        if (this.wordIds[ti] === slots[a + 1]) return true;
      } else {
        const len = slots[a + 3]!;
        const ks = t.keyStarts[ti]!;
        const ke = t.keyEnds[ti]!;
        if (ke - ks < len) continue;
        const from = mode === PREFIX ? ks : ke - len;
        const codes = this.codes;
        const chars = t.chars;
        const c0 = slots[a + 2]!;
        let k = 0;
        while (k < len && chars[from + k] === codes[c0 + k]) k++;
        if (k === len) return true;
      }
    }
    return false;
  }

  /** Whether the word slot at offset `s` matches `word`, the VOCABULARY word `id`, as `slotMatches` would. */
  private slotMatchesWord(s: number, word: string, id: number): boolean {
    const slots = this.slots;
    for (let a = s + ALTS; a < slots[s + NEXT]!; a += ALT) {
      const mode = slots[a]!;
      const alt = String.fromCharCode(...this.codes.subarray(slots[a + 2]!, slots[a + 2]! + slots[a + 3]!));
      if (mode === EXACT ? slots[a + 1] === id : mode === PREFIX ? word.startsWith(alt) : word.endsWith(alt))
        return true;
    }
    return false;
  }

  /** Index of the last token matched by the slots at offsets [s, end) after token `ti`, or -1. */
  private rest(t: Tokens, s: number, end: number, ti: number): number {
    if (s === end) return ti;
    const kind = this.slots[s]!;
    const next = this.slots[s + NEXT]!;
    if (kind === SKIP) {
      for (let k = 0; k <= MAX_SKIP; k++) {
        const last = ti + k;
        if (last >= t.count) break;
        if (k > 0 && t.starts[last]! - t.ends[last - 1]! > MAX_GAP) break;
        const e = this.rest(t, next, end, last);
        if (e >= 0) return e;
      }
      return -1;
    }
    const tn = ti + 1;
    if (tn < t.count && t.starts[tn]! - t.ends[ti]! <= MAX_GAP && this.slotMatches(s, t, tn)) {
      const e = this.rest(t, next, end, tn);
      if (e >= 0) return e;
    }
    return kind === OPTIONAL ? this.rest(t, next, end, ti) : -1;
  }

  /** First token index when the slots from `slot0` up to `anchor` match the tokens before `ti`, else -1. */
  private before(t: Tokens, slot0: number, anchor: number, ti: number): number {
    let cur = ti;
    for (let s = anchor; s !== slot0; ) {
      s = this.slots[s + PREV]!;
      const prev = cur - 1;
      if (prev < 0 || t.starts[cur]! - t.ends[prev]! > MAX_GAP || !this.slotMatches(s, t, prev)) return -1;
      cur = prev;
    }
    return cur;
  }

  /**
   * Drop raw matches (the first `n` listed in `keep`) that say the same thing twice, as
   * `dedupeMatches` does on objects, and make objects of the others, sorted by position.
   * `rankOfLang[langIndex]` orders languages for ties.
   */
  dedupe(text: string, keep: Int32Array, n: number, rankOfLang: readonly number[]): IndicatorMatch[] {
    const count = this.dedupeRaw(keep, n, rankOfLang);
    const raw = this.raw;
    const infos = this.indicators;
    const survivors = this.survivors;
    const out: IndicatorMatch[] = [];
    for (let j = 0; j < count; j++) {
      const m = survivors[j]!;
      const info = infos[raw.info[m]!]!;
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

  /**
   * What `dedupe` keeps, without the objects: the number of surviving raw matches, whose indices
   * are the first ones of `survivors`, sorted by position (valid until the next call). For callers
   * that keep only an indicator and two offsets per match (a held batch item).
   */
  dedupeRaw(keep: Int32Array, n: number, rankOfLang: readonly number[]): number {
    const raw = this.raw;
    const infos = this.indicators;
    const order = this.order;
    const rank = this.rank;
    // Insertion sort (stable, and the lists are short and nearly sorted): start, longer first,
    // language, id.
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
    // Every kept match starts at or before the current one (sorted by start), so the current one
    // is covered when a kept match of its category, or a protective one, ends at or after it.
    const catOf = this.catOf;
    const protective = this.protective;
    const maxEnd = this.maxEnd;
    maxEnd.fill(-1);
    const kept = this.kept;
    let nKept = 0;
    for (let j = 0; j < n; j++) {
      const m = order[j]!;
      const cat = catOf[raw.info[m]!]!;
      const end = raw.end[m]!;
      if (maxEnd[cat]! >= end || (protective >= 0 && maxEnd[protective]! >= end)) continue;
      kept[nKept++] = m;
      maxEnd[cat] = end;
    }
    const shields = protective >= 0 && maxEnd[protective]! >= 0;
    const survivors = this.survivors;
    let count = 0;
    for (let j = 0; j < nKept; j++) {
      const m = kept[j]!;
      // A protective match that starts later may still contain earlier-kept matches of other categories.
      if (shields && catOf[raw.info[m]!] !== protective && this.shielded(nKept, m)) continue;
      survivors[count++] = m;
    }
    return count;
  }

  /** Whether one of the first `nKept` kept matches is protective and contains match `m`. */
  private shielded(nKept: number, m: number): boolean {
    const raw = this.raw;
    for (let j = 0; j < nKept; j++) {
      const k = this.kept[j]!;
      if (
        this.catOf[raw.info[k]!] === this.protective &&
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

/** The list of key `k` (keys are handed out in order, so it is the next one when missing). */
const listAt = (lists: number[][], k: number): number[] => {
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
