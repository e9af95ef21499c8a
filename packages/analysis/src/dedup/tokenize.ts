import * as cc from './char-class.ts';

// Module-local copies: under tsx, imported bindings are getters, too slow for the per-character loop.
const CHAR_CLASS: Uint8Array = cc.CHAR_CLASS;
const CC_WORD: number = cc.CC_WORD;
const CC_DIGIT: number = cc.CC_DIGIT;
const CC_EMOJI: number = cc.CC_EMOJI;
const CC_HIGH_SURROGATE: number = cc.CC_HIGH_SURROGATE;
const astralClass = cc.astralClass;

/**
 * The shingling tokeniser: words of any script (letters and marks), numbers and emoji, hashed
 * to 32-bit FNV-1a while scanning so no token string is ever allocated.
 *
 * A number is a run of digits with single separators between them (`+48 123-456 789`, `1.500`),
 * and every number hashes to the same {@link NUMBER_TOKEN}: a swapped phone number, age or price
 * must not make two copies of a lure look different. Each emoji is a token of its own.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Lower case of each UTF-16 code unit, so words are folded while they are hashed and no
 * lower-cased copy of the text is made. Code units whose lower case is longer than one unit
 * (U+0130) stay as they are; final sigma folds to sigma, whatever its place in the word.
 */
const LOWER: Uint16Array = (() => {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const lower = c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  table[0x3c2] = 0x3c3;
  return table;
})();

/** The hash every number token gets. */
export const NUMBER_TOKEN = 0x2d1b5a4f;

/** Characters that may sit between two digits of one number. */
function isNumberSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2f || c === 0x28 || c === 0x29;
}

/** Whether a number continues at `i` (a separator followed by a digit, or two separators like ') '). */
function numberContinues(text: string, i: number): number {
  for (let j = i; j < i + 3 && j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (CHAR_CLASS[c] === CC_DIGIT) return j;
    if (!isNumberSeparator(c)) return -1;
  }
  return -1;
}

/**
 * Hash the tokens of `text` into `out`; returns how many were written (at most `out.length`).
 * Words are lower-cased on the fly; `text` should already be NFKC-normalised (see
 * {@link compatibilityFold}; {@link prepareText} output works too).
 */
export function hashTokens(text: string, out: Uint32Array): number {
  const n = text.length;
  const max = out.length;
  let count = 0;
  let i = 0;
  while (i < n && count < max) {
    const c = text.charCodeAt(i);
    let cls = CHAR_CLASS[c] as number;
    let width = 1;
    let cp = c;
    if (cls === CC_HIGH_SURROGATE) {
      cp = text.codePointAt(i) as number;
      width = cp > 0xffff ? 2 : 1;
      cls = cp > 0xffff ? astralClass(cp) : 0;
    }
    if (cls === CC_WORD) {
      let h = FNV_OFFSET;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (CHAR_CLASS[d] !== CC_WORD) break;
        h = Math.imul(h ^ (LOWER[d] as number), FNV_PRIME);
        i++;
      }
      out[count++] = h >>> 0;
      continue;
    }
    if (cls === CC_DIGIT) {
      i++;
      for (;;) {
        while (i < n && CHAR_CLASS[text.charCodeAt(i)] === CC_DIGIT) i++;
        const next = numberContinues(text, i);
        if (next < 0) break;
        i = next;
      }
      out[count++] = NUMBER_TOKEN;
      continue;
    }
    if (cls === CC_EMOJI) {
      out[count++] = Math.imul(FNV_OFFSET ^ cp, FNV_PRIME) >>> 0;
    }
    // CC_IGNORE, spaces, punctuation and symbols separate tokens and are dropped.
    i += width;
  }
  return count;
}

/**
 * Whether NFKC certainly leaves `text` unchanged: ASCII, Latin-1 letters, Latin Extended, Greek
 * and Cyrillic letters, dingbats and emoji are stable, except the few with compatibility
 * decompositions among them (`Ĳ`, `ſ`, `ǅ`, enclosed alphanumerics such as `🄀`, squared ideographs);
 * anything else (compatibility forms, combining marks, ellipsis, fullwidth) goes through
 * `normalize`. Skipping the call for the common case saves a copy of every text. The exhaustive
 * test over every code point up to U+1FFFF keeps this list honest.
 */
function nfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c >= 0xc0 && c < 0x2b0 && !latinCompatibility(c)) continue;
    if (c >= 0x388 && c <= 0x3ce) continue;
    if (c >= 0x400 && c <= 0x4ff) continue;
    if (c >= 0x2600 && c <= 0x27bf) continue;
    if (c === 0x200d || c === 0xfe0f || c === 0x386) continue;
    // Surrogate pairs of the emoji planes (U+1F000-U+1FAFF).
    if (c >= 0xd83c && c <= 0xd83e && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      // U+1F100-U+1F1E5 and U+1F200-U+1F2FF (enclosed alphanumerics and ideographs) decompose;
      // the regional indicators of flags (U+1F1E6-U+1F1FF) do not; U+1FB00 on (segmented digits) does.
      if (
        d >= 0xdc00 &&
        d <= 0xdfff &&
        (cp < 0x1f100 || (cp >= 0x1f1e6 && cp < 0x1f200) || (cp > 0x1f2ff && cp <= 0x1faff))
      ) {
        i++;
        continue;
      }
    }
    return false;
  }
  return true;
}

/** Latin letters in U+00C0-U+02AF with a compatibility decomposition (ligatures, long s, ŉ, ŀ). */
function latinCompatibility(c: number): boolean {
  return (
    c === 0x132 ||
    c === 0x133 ||
    c === 0x13f ||
    c === 0x140 ||
    c === 0x149 ||
    c === 0x17f ||
    (c >= 0x1c4 && c <= 0x1cc) ||
    (c >= 0x1f1 && c <= 0x1f3)
  );
}

/** NFKC only when the text may change under it (the lower case is left to {@link hashTokens}). */
export function compatibilityFold(text: string): string {
  return nfkcStable(text) ? text : text.normalize('NFKC');
}

/** NFKC plus lower case: fullwidth and compatibility forms fold to their plain letters. */
export function prepareText(text: string): string {
  return (nfkcStable(text) ? text : text.normalize('NFKC')).toLowerCase();
}
