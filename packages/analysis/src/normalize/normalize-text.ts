import { emojiDigits, foldCodePoint, isInvisible, isMark } from './char-tables.ts';
import { fixHomoglyphs, fixNumericLookalikes } from './homoglyphs.ts';
import { NormalizedBuilder, type NormalizedText } from './normalized-text.ts';

// A run of plain ASCII that needs nothing but lower-casing (control characters excluded).
const ASCII_RUN = /[\t\n\r\x20-\x7e]+/y;

/**
 * Normalise a text for matching: NFKC, lower case, invisible characters removed, digit emoji and
 * keycaps read as digits, mixed-script look-alikes and "1OO%" repaired. Every character of the
 * result remembers the raw index it came from. Pure and total: never throws.
 *
 * @example normalizeText('Сall me 1OO%').text === 'call me 100%' // Cyrillic С
 */
export function normalizeText(raw: string): NormalizedText {
  const n = plainNormalize(raw) ?? fullNormalize(raw);
  const fixed = fixNumericLookalikes(fixHomoglyphs(n.text));
  return fixed === n.text ? n : { text: fixed, offsets: n.offsets };
}

/**
 * The common case in one pass: a text in which every character is printable ASCII (or tab, line
 * feed, carriage return), a BMP character that normalises to its plain lower case alone (see
 * PLAIN), or a surrogate pair that normalises to itself. No character is removed, expanded or
 * composed then, so the result is raw.toLowerCase() with one offset per code unit (a pair's two
 * units both map to its first, as fullNormalize maps them). Undefined for any other text.
 */
export function plainNormalize(raw: string): NormalizedText | undefined {
  const len = raw.length;
  let pairs = false;
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) {
      if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) return undefined;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const lo = raw.charCodeAt(i + 1);
      if (c > 0xdbff || !(lo >= 0xdc00 && lo <= 0xdfff)) return undefined;
      if (!plainAstral((c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000)) return undefined;
      pairs = true;
      i++;
    } else if (!isPlainUnit(c)) return undefined;
  }
  const offsets = new Int32Array(len + 1);
  for (let i = 0; i <= len; i++) offsets[i] = i;
  if (pairs) {
    for (let i = 0; i < len; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) offsets[++i] = i - 1;
    }
  }
  return { text: raw.toLowerCase(), offsets };
}

/** By BMP code unit: 0 not yet known, 1 plain, 2 not plain. */
const PLAIN = new Uint8Array(0x10000);

/**
 * A non-ASCII BMP unit that fullNormalize turns into exactly its toLowerCase(), one unit for one,
 * when no mark follows it: not invisible, no digit emoji, no mark itself, and not capital sigma
 * (whose lower case depends on the context in toLowerCase()).
 */
function isPlainUnit(c: number): boolean {
  let v = PLAIN[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const f = foldCodePoint(c);
    const ok =
      !isInvisible(c) &&
      emojiDigits(c) === undefined &&
      !isMark(c) &&
      c !== 0x3a3 &&
      f.length === 1 &&
      f === ch.toLowerCase();
    v = ok ? 1 : 2;
    PLAIN[c] = v;
  }
  return v === 1;
}

const plainAstralCache = new Map<number, boolean>();

/** An astral code point (emoji mostly) that normalisation leaves as it is. */
function plainAstral(cp: number): boolean {
  let ok = plainAstralCache.get(cp);
  if (ok === undefined) {
    const s = String.fromCodePoint(cp);
    ok =
      !isInvisible(cp) && emojiDigits(cp) === undefined && foldCodePoint(cp) === s && s.toLowerCase() === s;
    if (plainAstralCache.size < 10_000) plainAstralCache.set(cp, ok);
  }
  return ok;
}

/** normalizeText's general path, character by character (before the homoglyph repairs). */
export function fullNormalize(raw: string): NormalizedText {
  const b = new NormalizedBuilder(raw.length);
  const len = raw.length;
  let i = 0;
  while (i < len) {
    ASCII_RUN.lastIndex = i;
    if (ASCII_RUN.test(raw)) {
      let end = ASCII_RUN.lastIndex;
      // A letter followed by a combining mark is composed with it below ("e" + U+0301 -> "é"),
      // also when invisible characters stand between them ("o" + U+200B + U+0301 -> "ó").
      let next = end;
      while (next < len && isInvisible(raw.charCodeAt(next))) next++;
      if (next < len && isMark(raw.charCodeAt(next))) end--;
      if (end > i) {
        b.pushRun(raw.slice(i, end).toLowerCase(), i);
        i = end;
        continue;
      }
    }
    const cu = raw.charCodeAt(i);
    if (cu < 0x80 && !(cu >= 0x20 && cu < 0x7f) && cu !== 9 && cu !== 10 && cu !== 13) {
      b.push(' ', i); // ASCII control character
      i++;
      continue;
    }
    let cp = cu;
    let width = 1;
    if (cu >= 0xd800 && cu <= 0xdbff && i + 1 < len) {
      const lo = raw.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cu - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isInvisible(cp)) {
      i += width;
      continue;
    }
    const digits = emojiDigits(cp);
    if (digits !== undefined) {
      b.push(digits, i);
      i += width;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      b.push('\ufffd', i); // lone surrogate
      i++;
      continue;
    }
    // A base character with its combining marks is normalised as one unit.
    const j = segmentEnd(raw, i + width);
    if (j === i + 1 && isIdentity(cu)) {
      // Cyrillic, Greek, accented Latin already in lower case: copy the whole run at once.
      let k = i + 1;
      while (k < len && isPlain(raw, k) && segmentEnd(raw, k + 1) === k + 1) k++;
      b.pushRun(raw.slice(i, k), i);
      i = k;
      continue;
    }
    const folded = j === i + width ? foldCodePoint(cp) : foldSegment(raw.slice(i, j));
    b.push(folded, i);
    i = j;
  }
  return b.finish(len);
}

/** A BMP code unit that normalisation leaves as it is (NFKC and lower case): folds to itself. */
function isIdentity(cu: number): boolean {
  if (cu < 0x80 || (cu >= 0xd800 && cu <= 0xdfff) || isInvisible(cu) || emojiDigits(cu) !== undefined)
    return false;
  const f = foldCodePoint(cu);
  return f.length === 1 && f.charCodeAt(0) === cu;
}

/** The code unit at k would take the identity path of the main loop (no marks after it checked here). */
function isPlain(raw: string, k: number): boolean {
  return isIdentity(raw.charCodeAt(k));
}

/** End of the combining marks after a base character (invisible characters among them skipped). */
function segmentEnd(raw: string, from: number): number {
  let j = from;
  for (;;) {
    let k = j;
    while (k < raw.length && isInvisible(raw.charCodeAt(k))) k++;
    if (k < raw.length && isMark(raw.charCodeAt(k)) && !isInvisible(raw.charCodeAt(k))) j = k + 1;
    else return j;
  }
}

function foldSegment(seg: string): string {
  let kept = '';
  for (const ch of seg) if (!isInvisible(ch.codePointAt(0)!)) kept += ch;
  return kept.normalize('NFKC').toLowerCase().normalize('NFKC');
}
