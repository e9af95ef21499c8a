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

/**
 * FOLD as the scan uses it, for word units: the folded unit itself (identity included), or
 * NO_CHAR / MULTI; 0 for all other units, which end a word. One table read per unit tells both.
 */
const FOLDED = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (CLASS[c] === WORD) FOLDED[c] = FOLD[c] === 0 ? c : FOLD[c]!;

const ASTRAL_PICT = /^\p{Extended_Pictographic}$/u;
const ASTRAL_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Classes of the astral characters met so far, by code point - 0x10000: testing a pair with the
 * regexes costs a string and two matches, and the same few emoji come back item after item.
 */
const ASTRAL_CLASS = new Map<number, number>();
const MAX_ASTRAL = 4096;

/** A pair's class in the low two bits and its length in code units above them. */
const SEP1 = SEP | (1 << 2);

/**
 * Class of the code point at `i`, which starts with a surrogate, and its length: `cls | len << 2`.
 * Astral characters are rare; keeping them out of the scan loop keeps that loop small.
 */
const surrogateClass = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const key = ((c - 0xd800) << 10) | (d - 0xdc00);
      let r = ASTRAL_CLASS.get(key);
      if (r === undefined) {
        const pair = text.slice(i, i + 2);
        r = ASTRAL_PICT.test(pair) ? EMOJI : ASTRAL_WORD.test(pair) ? WORD : SEP;
        r |= 2 << 2;
        if (ASTRAL_CLASS.size >= MAX_ASTRAL) ASTRAL_CLASS.clear();
        ASTRAL_CLASS.set(key, r);
      }
      return r;
    }
  }
  return SEP1;
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
  /** Changes whenever the arrays are filled again (shared buffers are reused from text to text). */
  generation: number;
}

/**
 * Indicators are looked for in the first million characters of an item only: a bigger "item" is a
 * dump or junk, and scanning 10 MB for phrases that are capped at a few matches anyway would cost
 * seconds. Selectors are extracted by their own code, over the whole text.
 */
export const MAX_SCAN = 1_000_000;

/** Tokens longer than this are not words anyone writes; they are cut so keys stay small. */
const MAX_TOKEN = 64;

export const HASH_SEED = 0x811c9dc5 | 0;
/** FNV-1a over UTF-16 units; `hashKey` and the tokeniser must agree exactly. */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

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
let generations = 0;

class TokenBuffer implements Tokens {
  count = 0;
  generation = 0;
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

/** Tokenise text[0, n) into `buf` (overwriting it). `n` must be a small integer (see `tokenize`). */
const scan = (text: string, n: number, buf: TokenBuffer): TokenBuffer => {
  /** 1 when the word just read ended at a separator, which is then skipped. */
  let sepAfter = 0;
  let count = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls: number;
    let len = 1;
    if (c < 0xd800 || c > 0xdfff) {
      cls = CLASS[c]!;
      // Separators are most characters between words: skip them at once.
      if (cls === SEP) {
        i++;
        continue;
      }
    } else {
      const r = surrogateClass(text, i);
      cls = r & 3;
      len = r >> 2;
      if (cls === SEP) {
        i += len;
        continue;
      }
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
      for (let k = s; k < s + len; k++) {
        const u = text.charCodeAt(k);
        chars[pos++] = u;
        h = hashStep(h, u);
      }
      i += len;
      buf.emoji[count] = 1;
    } else {
      // One pass over the word: find its end and fold its first MAX_TOKEN units into the key,
      // unit by unit as `foldKey` does (surrogates are kept as they are).
      const keyEnd = s + MAX_TOKEN;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 0xd800 || d > 0xdfff) {
          const f = FOLDED[d]!;
          if (f === 0) {
            // Most words end at a separator: the outer loop need not read and classify it again.
            if (CLASS[d] === SEP) sepAfter = 1;
            break;
          }
          if (i < keyEnd) {
            if (f < MULTI) {
              chars[pos++] = f;
              h = hashStep(h, f);
            } else if (f === MULTI) {
              const m = FOLD_MULTI.get(d)!;
              for (let j = 0; j < m.length; j++) {
                const v = m.charCodeAt(j);
                chars[pos++] = v;
                h = hashStep(h, v);
              }
            }
          }
          i++;
        } else {
          const r = i === s ? cls | (len << 2) : surrogateClass(text, i);
          if ((r & 3) !== WORD) break;
          const to = i + (r >> 2);
          for (; i < to; i++) {
            if (i < keyEnd) {
              const u = text.charCodeAt(i);
              chars[pos++] = u;
              h = hashStep(h, u);
            }
          }
        }
      }
      buf.emoji[count] = 0;
    }
    buf.ends[count] = i;
    buf.keyEnds[count] = pos;
    buf.hashes[count] = h;
    count++;
    i += sepAfter;
    sepAfter = 0;
  }
  buf.count = count;
  buf.generation = ++generations;
  return buf;
};

/**
 * Tokens of text[0, limit) in fresh arrays of their own. The bound is made an int32 before the scan:
 * an `Infinity` reaching the loop would make V8 compile it with float comparisons, 2-3x slower for
 * every later caller too.
 */
export const tokenize = (text: string, limit = Number.POSITIVE_INFINITY): Tokens =>
  scan(text, Math.min(text.length, limit) | 0, new TokenBuffer(16));

/**
 * Folded keys of the words of a short string, the same as `tokenKeys(tokenize(text))`, by a
 * separate simple loop: used to compile lexicon patterns. Compiling thousands of pattern words
 * through `scan` fed V8 string shapes that real texts never have and left the scan compiled about
 * three times slower for the rest of the process.
 */
export const keysOf = (text: string): string[] => {
  const out: string[] = [];
  const classify = (i: number): number => {
    const c = text.charCodeAt(i);
    return c < 0xd800 || c > 0xdfff ? CLASS[c]! | (1 << 2) : surrogateClass(text, i);
  };
  let i = 0;
  while (i < text.length) {
    const r = classify(i);
    const s = i;
    i += r >> 2;
    if ((r & 3) === SEP) continue;
    if ((r & 3) === EMOJI) {
      out.push(text.slice(s, i));
      continue;
    }
    while (i < text.length) {
      const q = classify(i);
      if ((q & 3) !== WORD) break;
      i += q >> 2;
    }
    out.push(foldKey(text, s, Math.min(i, s + MAX_TOKEN)));
  }
  return out;
};

/** The folded key of token `i` as a string. */
export const tokenKey = (t: Tokens, i: number): string => {
  let s = '';
  for (let k = t.keyStarts[i]!; k < t.keyEnds[i]!; k++) s += String.fromCharCode(t.chars[k]!);
  return s;
};

/** All folded keys as strings (tests, pattern compilation). */
export const tokenKeys = (t: Tokens): string[] => Array.from({ length: t.count }, (_, i) => tokenKey(t, i));

/** The UTF-16 units of a word, for comparing with keys in place (typed arrays compare fastest). */
export const codesOf = (word: string): Uint16Array => Uint16Array.from(word, (_, k) => word.charCodeAt(k));

/** Whether token `i`'s key equals `codes[from, from + len)`, compared in place. */
export const keyEquals = (t: Tokens, i: number, codes: Uint16Array, from: number, len: number): boolean => {
  const ks = t.keyStarts[i]!;
  if (t.keyEnds[i]! - ks !== len) return false;
  const chars = t.chars;
  for (let k = 0; k < len; k++) if (chars[ks + k] !== codes[from + k]) return false;
  return true;
};

/** Whether token `i`'s key starts with `stem`. */
export const keyStartsWith = (t: Tokens, i: number, stem: Uint16Array): boolean => {
  const ks = t.keyStarts[i]!;
  const n = stem.length;
  if (t.keyEnds[i]! - ks < n) return false;
  const chars = t.chars;
  for (let k = 0; k < n; k++) if (chars[ks + k] !== stem[k]) return false;
  return true;
};

/** Whether token `i`'s key ends with `tail`. */
export const keyEndsWith = (t: Tokens, i: number, tail: Uint16Array): boolean => {
  const n = tail.length;
  const from = t.keyEnds[i]! - n;
  if (from < t.keyStarts[i]!) return false;
  const chars = t.chars;
  for (let k = 0; k < n; k++) if (chars[from + k] !== tail[k]) return false;
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
  scan(text, Math.min(text.length, MAX_SCAN), shared);
  cachedText = text;
  return shared;
};
