import { emojiDigits, foldCodePoint, isInvisible, isMark } from './char-tables.ts';
import { fixHomoglyphs, fixNumericLookalikes } from './homoglyphs.ts';
import { NormalizedBuilder, type NormalizedText } from './normalized-text.ts';
import { MIXED_WORD, NOT_PLAIN, NUMERIC_HINT, PAIRS, plainScan } from './plain-scan.ts';
import { simpleNormalize } from './simple-normalize.ts';

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
  const flags = plainScan(raw);
  if (flags === NOT_PLAIN) {
    const n = simpleNormalize(raw) ?? fullNormalize(raw);
    const fixed = fixNumericLookalikes(fixHomoglyphs(n.text));
    return fixed === n.text ? n : { text: fixed, offsets: n.offsets };
  }
  // The plain path: the repairs run only when the scan saw something they could change.
  const text = raw.toLowerCase();
  let fixed = (flags & MIXED_WORD) !== 0 ? fixHomoglyphs(text) : text;
  if ((flags & NUMERIC_HINT) !== 0 || fixed !== text) fixed = fixNumericLookalikes(fixed);
  return { text: fixed, offsets: plainOffsets(raw, (flags & PAIRS) !== 0) };
}

/**
 * The common case in one pass: a text in which every character is printable ASCII (or tab, line
 * feed, carriage return), a BMP character that normalises to its plain lower case alone, or a
 * surrogate pair that normalises to itself (see plainScan). No character is removed, expanded or
 * composed then, so the result is raw.toLowerCase() with one offset per code unit (a pair's two
 * units both map to its first, as fullNormalize maps them). Undefined for any other text.
 */
export function plainNormalize(raw: string): NormalizedText | undefined {
  const flags = plainScan(raw);
  if (flags === NOT_PLAIN) return undefined;
  return { text: raw.toLowerCase(), offsets: plainOffsets(raw, (flags & PAIRS) !== 0) };
}

/**
 * Identity offsets 0..IDENTITY.length-1, shared (as are the views of it handed out): offsets are
 * never written after normalisation.
 */
let IDENTITY = new Int32Array(0);
/** Views of IDENTITY by text length. */
let VIEWS: (Int32Array | undefined)[] = [];
/** Texts longer than this get their own offsets rather than growing the shared array. */
const MAX_SHARED = 1 << 16;

let block = new Int32Array(4 * MAX_SHARED);
let blockTop = 0;

/** `n` fresh entries carved from a shared block (one ArrayBuffer per many texts, not one each). */
function blockOffsets(n: number): Int32Array {
  if (blockTop + n > block.length) {
    block = new Int32Array(4 * MAX_SHARED);
    blockTop = 0;
  }
  blockTop += n;
  return block.subarray(blockTop - n, blockTop);
}

/**
 * The plain path's offsets: a view of the shared identity array when there are no surrogate pairs
 * (allocating ~2 KB per text cost more than the rest of the fast path, mostly in GC).
 */
function plainOffsets(raw: string, pairs: boolean): Int32Array {
  const len = raw.length;
  if (len < MAX_SHARED && IDENTITY.length <= len) {
    IDENTITY = new Int32Array(Math.min(MAX_SHARED, Math.max(1024, 2 * (len + 1))));
    for (let i = 0; i < IDENTITY.length; i++) IDENTITY[i] = i;
    VIEWS = new Array(IDENTITY.length);
  }
  if (!pairs && len < MAX_SHARED) {
    // One view per length, kept: subarray() is a slow builtin.
    let view = VIEWS[len];
    if (view === undefined) {
      view = IDENTITY.subarray(0, len + 1);
      VIEWS[len] = view;
    }
    return view;
  }
  let offsets: Int32Array;
  if (len < MAX_SHARED) {
    offsets = blockOffsets(len + 1);
    offsets.set(IDENTITY.subarray(0, len + 1));
  } else {
    offsets = new Int32Array(len + 1);
    for (let i = 0; i <= len; i++) offsets[i] = i;
  }
  if (pairs) {
    for (let i = 0; i < len; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) offsets[++i] = i - 1;
    }
  }
  return offsets;
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
