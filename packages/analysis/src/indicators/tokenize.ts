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

/**
 * Tokens of a text, in parallel typed arrays (no object per token). The folded key of token i is
 * `chars[keyStarts[i], keyEnds[i])`, stored back to back in one buffer instead of as a string per
 * token, with its hash in `hashes[i]` (see `hashKey`): lookups compare numbers and char codes and
 * allocate nothing. Use `tokenKey` when a string is needed.
 */
export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when the token is an emoji. */
  emoji: Uint8Array;
  keyStarts: Int32Array;
  keyEnds: Int32Array;
  hashes: Int32Array;
  chars: Uint16Array;
}

/**
 * Indicators are looked for in the first million characters of an item only: a bigger "item" is a
 * dump or junk, and scanning 10 MB for phrases that are capped at a few matches anyway would cost
 * seconds. Selectors are extracted by their own code, over the whole text.
 */
export const MAX_SCAN = 1_000_000;

/** Tokens longer than this are not words anyone writes; they are cut so keys stay small. */
const MAX_TOKEN = 64;

const HASH_SEED = 0x811c9dc5 | 0;
/** FNV-1a over UTF-16 units; `hashKey` and the tokeniser must agree exactly. */
const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** Hash of a folded key, as the tokeniser computes it into `Tokens.hashes`. */
export const hashKey = (key: string): number => {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h;
};

/** Longest folded form of one code unit, so that the key buffer can be sized before a token. */
let maxFold = 1;
for (const f of FOLD_MULTI.values()) maxFold = Math.max(maxFold, f.length);
const MAX_KEY = MAX_TOKEN * maxFold;

/** Growable token arrays; reused from text to text by `tokenizeShared`. */
class TokenBuffer implements Tokens {
  count = 0;
  cap: number;
  starts: Int32Array;
  ends: Int32Array;
  emoji: Uint8Array;
  keyStarts: Int32Array;
  keyEnds: Int32Array;
  hashes: Int32Array;
  chars: Uint16Array;

  constructor(cap: number) {
    this.cap = cap;
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
    this.emoji = new Uint8Array(cap);
    this.keyStarts = new Int32Array(cap);
    this.keyEnds = new Int32Array(cap);
    this.hashes = new Int32Array(cap);
    this.chars = new Uint16Array(cap * 8 + MAX_KEY);
  }

  grow(): void {
    const cap = this.cap * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.starts = more(this.starts, (n) => new Int32Array(n));
    this.ends = more(this.ends, (n) => new Int32Array(n));
    this.emoji = more(this.emoji, (n) => new Uint8Array(n));
    this.keyStarts = more(this.keyStarts, (n) => new Int32Array(n));
    this.keyEnds = more(this.keyEnds, (n) => new Int32Array(n));
    this.hashes = more(this.hashes, (n) => new Int32Array(n));
    this.cap = cap;
  }

  /** Room for one more key of at most MAX_KEY units after `pos`. */
  reserveChars(pos: number): void {
    if (pos + MAX_KEY <= this.chars.length) return;
    const b = new Uint16Array(Math.max(this.chars.length * 2, pos + MAX_KEY));
    b.set(this.chars);
    this.chars = b;
  }
}

/** Tokenise text[0, limit) into `buf` (overwriting it). */
const scan = (text: string, limit: number, buf: TokenBuffer): TokenBuffer => {
  const n = Math.min(text.length, limit);
  let count = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Separators are most characters between words: skip them without a call.
    if (c < 0xd800 && CLASS[c] === SEP) {
      i++;
      continue;
    }
    const cls = classAt(text, i);
    if (cls === SEP) {
      i += lastLen;
      continue;
    }
    if (count === buf.cap) buf.grow();
    buf.reserveChars(pos);
    const chars = buf.chars;
    const s = i;
    buf.starts[count] = s;
    buf.keyStarts[count] = pos;
    let h = HASH_SEED;
    if (cls === EMOJI) {
      // An emoji's key is its code point as written.
      i += lastLen;
      for (let k = s; k < i; k++) {
        const u = text.charCodeAt(k);
        chars[pos++] = u;
        h = hashStep(h, u);
      }
      buf.emoji[count] = 1;
    } else {
      i += lastLen;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 0xd800) {
          if (CLASS[d] !== WORD) break;
          i++;
        } else {
          if (classAt(text, i) !== WORD) break;
          i += lastLen;
        }
      }
      // The key: the first MAX_TOKEN units, folded unit by unit (as `foldKey`).
      const keyEnd = Math.min(i, s + MAX_TOKEN);
      for (let k = s; k < keyEnd; k++) {
        const u = text.charCodeAt(k);
        const f = FOLD[u]!;
        if (f === 0) {
          chars[pos++] = u;
          h = hashStep(h, u);
        } else if (f === MULTI) {
          const m = FOLD_MULTI.get(u)!;
          for (let j = 0; j < m.length; j++) {
            const v = m.charCodeAt(j);
            chars[pos++] = v;
            h = hashStep(h, v);
          }
        } else if (f !== NO_CHAR) {
          chars[pos++] = f;
          h = hashStep(h, f);
        }
      }
      buf.emoji[count] = 0;
    }
    buf.ends[count] = i;
    buf.keyEnds[count] = pos;
    buf.hashes[count] = h;
    count++;
  }
  buf.count = count;
  return buf;
};

/** Tokens of text[0, limit) in fresh arrays of their own. */
export const tokenize = (text: string, limit = Number.POSITIVE_INFINITY): Tokens =>
  scan(text, limit, new TokenBuffer(16));

/** The folded key of token `i` as a string. */
export const tokenKey = (t: Tokens, i: number): string => {
  let s = '';
  for (let k = t.keyStarts[i]!; k < t.keyEnds[i]!; k++) s += String.fromCharCode(t.chars[k]!);
  return s;
};

/** All folded keys as strings (tests, pattern compilation). */
export const tokenKeys = (t: Tokens): string[] => Array.from({ length: t.count }, (_, i) => tokenKey(t, i));

/** Whether token `i`'s key equals `word`, compared in place. */
export const keyEquals = (t: Tokens, i: number, word: string): boolean => {
  const from = t.keyStarts[i]!;
  if (t.keyEnds[i]! - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (t.chars[from + k] !== word.charCodeAt(k)) return false;
  return true;
};

/** Whether token `i`'s key starts with `stem`. */
export const keyStartsWith = (t: Tokens, i: number, stem: string): boolean => {
  const from = t.keyStarts[i]!;
  if (t.keyEnds[i]! - from < stem.length) return false;
  for (let k = 0; k < stem.length; k++) if (t.chars[from + k] !== stem.charCodeAt(k)) return false;
  return true;
};

/** Whether token `i`'s key ends with `tail`. */
export const keyEndsWith = (t: Tokens, i: number, tail: string): boolean => {
  const to = t.keyEnds[i]!;
  const from = to - tail.length;
  if (from < t.keyStarts[i]!) return false;
  for (let k = 0; k < tail.length; k++) if (t.chars[from + k] !== tail.charCodeAt(k)) return false;
  return true;
};

const SMALL = 256;
let shared = new TokenBuffer(SMALL);
let cachedText: string | undefined;

/**
 * Tokens of a whole text (up to MAX_SCAN) in arrays reused from call to call, remembering the last
 * text: the pipeline detects the language and then matches indicators on the same normalised
 * string, and this saves the second tokenisation. The result is only valid until the next call
 * with another text; callers use it at once and never keep it.
 */
export const tokenizeShared = (text: string): Tokens => {
  if (cachedText === text) return shared;
  // After a huge text, go back to small arrays instead of keeping megabytes alive.
  if (shared.cap > 1 << 16 && text.length < 1 << 16) shared = new TokenBuffer(SMALL);
  cachedText = undefined;
  scan(text, MAX_SCAN, shared);
  cachedText = text;
  return shared;
};
