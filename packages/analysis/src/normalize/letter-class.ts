/**
 * Unicode letter / mark classes of the BMP in one typed array, so that hot loops scan words without
 * a `/\p{L}/u` regex per text (a table lookup per character instead). Astral code points (rare in
 * ads) fall back to the regexes.
 */

export const LETTER = 1;
export const MARK = 2;

const CLASS = new Uint8Array(0x10000);
(() => {
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (letter.test(ch)) CLASS[c] = LETTER;
    else if (mark.test(ch)) CLASS[c] = MARK;
  }
})();

/** Class of a BMP code unit that is not a surrogate (LETTER, MARK or 0), for callers building tables of their own. */
export function bmpClass(c: number): number {
  return CLASS[c]!;
}

const ASTRAL_LETTER = /^\p{L}$/u;
const ASTRAL_MARK = /^\p{M}$/u;

/** Class of the code point at `i` (LETTER, MARK or 0); its width is 2 when `i` starts a surrogate pair. */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return c >= 0xdc00 && c <= 0xdfff ? 0 : CLASS[c]!;
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  const pair = text.slice(i, i + 2);
  return ASTRAL_LETTER.test(pair) ? LETTER : ASTRAL_MARK.test(pair) ? MARK : 0;
}

/** Width in code units of the code point at `i`. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

const LNM = /^[\p{L}\p{N}\p{M}]$/u;
/** By BMP unit: 0 not yet known, 1 letter, digit or mark, 2 neither. */
const LNM_BMP = new Uint8Array(0x10000);

/** Whether the code point at `i` is a letter, number or mark (\p{L}, \p{N}, \p{M}); a lone surrogate is not. */
export function isLetterNumberMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = text.charCodeAt(i + 1);
    return c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff && LNM.test(text.slice(i, i + 2));
  }
  let v = LNM_BMP[c]!;
  if (v === 0) {
    v = LNM.test(String.fromCharCode(c)) ? 1 : 2;
    LNM_BMP[c] = v;
  }
  return v === 1;
}
