/**
 * Word tokeniser shared by the indicator matcher and the language detector. A token is a run of
 * Unicode letters, marks and digits (so Cyrillic, Greek and accented Latin words are whole words),
 * or a single pictographic emoji. Everything else separates tokens. Each token carries its offsets
 * in the input and a folded key: lower case, diacritics stripped (`ł`→`l`, `ё`→`е`, `ά`→`α`,
 * `ς`→`σ`), because ads often drop accents ("praca bez doswiadczenia", "fete", "κοπελα").
 */

const SEP = 0;
const WORD = 1;
const EMOJI = 2;

const CLASS = new Uint8Array(0x10000);
/**
 * Folded form of each BMP code unit: 0 = itself, NO_CHAR = nothing (a combining mark),
 * MULTI = several characters (in FOLD_MULTI), else the code of the folded character.
 * A typed array, because a sparse 64K JS array would fall into slow dictionary mode.
 */
const FOLD = new Uint16Array(0x10000);
const NO_CHAR = 0xffff;
const MULTI = 0xfffe;
const FOLD_MULTI = new Map<number, string>();

const SPECIAL_FOLDS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ς: 'σ',
  ħ: 'h',
  þ: 'th',
  ð: 'd',
};

(() => {
  const word = /[\p{L}\p{M}\p{N}]/u;
  const pict = /\p{Extended_Pictographic}/u;
  const mark = /\p{M}/gu;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c < 0x80) {
      const isWord = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      CLASS[c] = isWord ? WORD : SEP;
      if (c >= 65 && c <= 90) FOLD[c] = c + 32;
      continue;
    }
    // Variation selectors are marks, but inside emoji sequences they must separate, not join.
    if (c >= 0xfe00 && c <= 0xfe0f) continue;
    if (word.test(ch)) CLASS[c] = WORD;
    else if (pict.test(ch)) CLASS[c] = EMOJI;
    else continue;
    const lower = ch.toLowerCase();
    const special = SPECIAL_FOLDS[lower];
    // Combining marks fold to '' so that decomposed accents disappear from keys too.
    const folded = special ?? lower.normalize('NFD').replace(mark, '');
    if (folded === ch) continue;
    if (folded.length === 0) FOLD[c] = NO_CHAR;
    else if (folded.length === 1) FOLD[c] = folded.charCodeAt(0);
    else {
      FOLD[c] = MULTI;
      FOLD_MULTI.set(c, folded);
    }
  }
})();

const ASTRAL_PICT = /^\p{Extended_Pictographic}$/u;
const ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/** Length in code units of the last code point classified by `classAt`. */
let lastLen = 1;

/** Class of the code point at `i`; sets `lastLen`. Avoids allocating on the hot path. */
const classAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  lastLen = 1;
  if (c < 0xd800 || c > 0xdfff) return CLASS[c]!;
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      lastLen = 2;
      const pair = text.slice(i, i + 2);
      if (ASTRAL_PICT.test(pair)) return EMOJI;
      if (ASTRAL_WORD.test(pair)) return WORD;
    }
  }
  return SEP;
};

/** Folded key of text[start, end): lower case without diacritics. */
export const foldKey = (text: string, start: number, end: number): string => {
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c]!;
    if (f !== 0) {
      out += text.slice(from, i);
      if (f === MULTI) out += FOLD_MULTI.get(c)!;
      else if (f !== NO_CHAR) out += String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === start ? text.slice(start, end) : out + text.slice(from, end);
};

/** Fold a whole string (used for lexicon patterns and word lists). */
export const fold = (s: string): string => foldKey(s, 0, s.length);

export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  keys: string[];
  /** 1 when the token is an emoji. */
  emoji: Uint8Array;
}

/**
 * Indicators are looked for in the first million characters of an item only: a bigger "item" is a
 * dump or junk, and scanning 10 MB for phrases that are capped at a few matches anyway would cost
 * seconds. Selectors are extracted by their own code, over the whole text.
 */
export const MAX_SCAN = 1_000_000;

/** Tokens longer than this are not words anyone writes; they are cut so keys stay small. */
const MAX_TOKEN = 64;

export const tokenize = (text: string, limit = Number.POSITIVE_INFINITY): Tokens => {
  const n = Math.min(text.length, limit);
  let cap = 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let emoji = new Uint8Array(cap);
  const keys: string[] = [];
  let count = 0;
  const push = (s: number, e: number, isEmoji: boolean, plain: boolean): void => {
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(starts);
      starts = ns;
      const ne = new Int32Array(cap);
      ne.set(ends);
      ends = ne;
      const nm = new Uint8Array(cap);
      nm.set(emoji);
      emoji = nm;
    }
    starts[count] = s;
    ends[count] = e;
    emoji[count] = isEmoji ? 1 : 0;
    const end = Math.min(e, s + MAX_TOKEN);
    keys.push(isEmoji || plain ? text.slice(s, end) : foldKey(text, s, end));
    count++;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Separators are most characters between words: skip them without a call.
    if (c < 0xd800 && CLASS[c] === SEP) {
      i++;
      continue;
    }
    const cls = classAt(text, i);
    if (cls === WORD) {
      const s = i;
      // Whether any character needs folding; most tokens are plain lower-case ASCII.
      let fold = lastLen === 1 ? FOLD[c]! : 1;
      i += lastLen;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 0xd800) {
          if (CLASS[d] !== WORD) break;
          fold |= FOLD[d]!;
          i++;
        } else {
          if (classAt(text, i) !== WORD) break;
          fold = 1;
          i += lastLen;
        }
      }
      push(s, i, false, fold === 0);
    } else if (cls === EMOJI) {
      push(i, i + lastLen, true, true);
      i += lastLen;
    } else {
      i += lastLen;
    }
  }
  return { count, starts, ends, keys, emoji };
};

let cachedText: string | undefined;
let cachedTokens: Tokens | undefined;

/**
 * Tokens of a whole text, remembering the last text: the pipeline detects the language and then
 * matches indicators on the same normalised string, and this saves the second tokenisation.
 * Token arrays are never mutated by their users, so sharing them is safe.
 */
export const tokenizeShared = (text: string): Tokens => {
  if (cachedTokens !== undefined && cachedText === text) return cachedTokens;
  const tokens = tokenize(text, MAX_SCAN);
  cachedText = text;
  cachedTokens = tokens;
  return tokens;
};
