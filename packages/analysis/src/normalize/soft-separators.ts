import type { NormalizedText, TextEdit } from './normalized-text.ts';

/**
 * Soft separators for the digit view: characters that ads put between the digit groups of a
 * phone number but that the phone scanner does not take as separators, because elsewhere they are
 * text: pictographic emoji and symbols ("07836💋178💋068", "(236)🔥993🔥8582", "6❤️3❤️5"), and
 * HTML left over from scraping ("216 <br> 797", "504</b>&nbsp;928"). Between two digits (or
 * number words) each becomes one space, as if the ad had used spaces; anywhere else it stays.
 * Variation selectors and zero-width joiners are gone by now (normalizeText drops them), so an
 * emoji sequence with skin tones or ZWJ parts is one run of symbols and becomes one space.
 */

/**
 * Pictographic symbols: astral emoji (U+1F000..U+1FAFF and the like, as surrogate pairs) and the
 * BMP blocks of arrows, technical symbols, geometric shapes, miscellaneous symbols, dingbats and
 * stars, plus bullets the scanner does not know (∙ ‣ ⁃). Digit dingbats are digits by now. The
 * bullets • and · are left alone: the scanner already reads them as separators.
 */
export const SYMBOLS =
  /(?:[\ud83c-\ud83e][\udc00-\udfff]|[\u2023\u2043\u2190-\u21ff\u2219\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d])+/g;

/**
 * Whether code unit c may start a SYMBOLS match (the ranges above, and the high surrogates of the
 * astral emoji): a text without one needs no SYMBOLS search.
 */
export function mayStartSymbol(c: number): boolean {
  if (c < 0x2023) return false;
  if (c >= 0xd83c) return c <= 0xd83e;
  return (
    c === 0x2023 ||
    c === 0x2043 ||
    (c >= 0x2190 && c <= 0x21ff) ||
    c === 0x2219 ||
    (c >= 0x2300 && c <= 0x23ff) ||
    (c >= 0x25a0 && c <= 0x27bf) ||
    (c >= 0x2900 && c <= 0x297f) ||
    (c >= 0x2b00 && c <= 0x2bff) ||
    c === 0x3030 ||
    c === 0x303d
  );
}

/** HTML tags that format text inline or break lines, and space entities (lower case by now). */
const HTML =
  /<\/?(?:br|b|i|u|p|em|strong|span|div|font|small|big|wbr|sup|sub|mark|s|li|ul|center)(?![a-z0-9])[^<>\n]{0,60}>|&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#8203|#32);?/g;

/** Characters allowed between a soft separator and the digit it stands next to. */
function isNear(c: number): boolean {
  // space, tab, ( ) - . [ ] +
  return (
    c === 32 || c === 9 || c === 40 || c === 41 || c === 45 || c === 46 || c === 91 || c === 93 || c === 43
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Where soft separators may be: the text may have a SYMBOLS character from `symbolFrom` on (-1:
 * none; no SYMBOLS character before it), and with `html`, a '<' or '&'.
 */
export function softSeparatorEdits(
  n: NormalizedText,
  symbolFrom: number,
  html: boolean,
  /**
   * Whether a number word ends at text index `i` (exclusive) / starts at `i`; with `glued`, only
   * one glued to a digit on its other side ("48zero", "seven49").
   */
  numberWordEnds: (i: number, glued?: boolean) => boolean,
  numberWordStarts: (i: number, glued?: boolean) => boolean,
): TextEdit[] | undefined {
  const text = n.text;
  const items: number[] = [];
  if (symbolFrom >= 0) collect(SYMBOLS, text, symbolFrom, items);
  if (html) {
    const html: number[] = [];
    collect(HTML, text, 0, html);
    if (html.length > 0) merge(items, html);
  }
  if (items.length === 0) return undefined;
  let edits: TextEdit[] | undefined;
  // Runs of items with only spaces and tabs between them.
  for (let a = 0; a < items.length; ) {
    let b = a + 2;
    while (b < items.length && onlySpaces(text, items[b - 1]!, items[b]!)) b += 2;
    if (digitBefore(text, items[a]!, numberWordEnds) && digitAfter(text, items[b - 1]!, numberWordStarts)) {
      edits ??= [];
      for (let k = a; k < b; k += 2)
        edits.push({ start: items[k]!, end: items[k + 1]!, text: ' ', raw: [n.offsets[items[k]!]!] });
    }
    a = b;
  }
  return edits;
}

function collect(re: RegExp, text: string, from: number, out: number[]): void {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index, m.index + m[0].length);
}

/** Merge the sorted, disjoint [start, end) pairs of `more` into `items` (overlaps: first wins). */
function merge(items: number[], more: number[]): void {
  const all: number[] = [];
  let i = 0;
  let j = 0;
  while (i < items.length || j < more.length) {
    const takeA = j >= more.length || (i < items.length && items[i]! <= more[j]!);
    const s = takeA ? items[i]! : more[j]!;
    const e = takeA ? items[i + 1]! : more[j + 1]!;
    if (takeA) i += 2;
    else j += 2;
    if (all.length > 0 && s < all[all.length - 1]!) continue;
    all.push(s, e);
  }
  items.length = 0;
  for (const x of all) items.push(x);
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

// A number word counts only glued to the separator ("seven💋eight"): with a space between, it is
// as likely a word of the text ("... 6 💋🍒🔥 Nouă în oraș", Romanian "new" and "nine"), unless it
// is glued to a digit on its other side ("48zero 🌵 621 🌵 seven49three").
function digitBefore(
  text: string,
  at: number,
  numberWordEnds: (i: number, glued?: boolean) => boolean,
): boolean {
  const i = nearBefore(text, at);
  return i >= 0 && (isDigit(text.charCodeAt(i)) || numberWordEnds(i + 1, i + 1 !== at));
}

/**
 * The index of the character a soft separator starting at `at` must follow for a digit before
 * it to count (a digit, or the end of a number word): up to three near characters back; -1 at
 * the start of the text. A caller that knows no such character is a digit or ends a number word
 * for any symbol of the text need not call softSeparatorEdits for the symbols.
 */
export function nearBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && isNear(text.charCodeAt(i))) i--;
  return i;
}

function digitAfter(
  text: string,
  at: number,
  numberWordStarts: (i: number, glued?: boolean) => boolean,
): boolean {
  let j = at;
  while (j < text.length && j - at < 3 && isNear(text.charCodeAt(j))) j++;
  return j < text.length && (isDigit(text.charCodeAt(j)) || numberWordStarts(j, j !== at));
}
