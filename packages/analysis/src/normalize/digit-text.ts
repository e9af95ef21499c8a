import { isJsSpace } from './char-tables.ts';
import { gluedDigits, gluedStarts, mayBeGlued } from './glued-words.ts';
import { bmpClass, classAt, LETTER, widthAt } from './letter-class.ts';
import { applyEdits, type NormalizedText, type TextEdit } from './normalized-text.ts';
import { JOINERS } from './number-words.data.ts';
import { type NumberWord, numberWordAt, plainNumberWordAt } from './number-words.ts';
import { mayStartSymbol, nearBefore, softSeparatorEdits } from './soft-separators.ts';

/**
 * The digit-focused view used to find phone numbers: number words in many languages become digits
 * ("zero six" -> "0 6", "forty five" -> "45", "eight hundred" -> "800", "double 7" -> "77",
 * "TwO/6/zERo-FouR" -> "2/6/0-4"), and a lone o/l/i next to digits becomes 0/1 ("5 o 3"). Separators
 * are kept: the phone scanner decides which ones may sit inside a number.
 *
 * Input is the output of normalizeText (lower case); offsets still point into the raw text.
 */
export function digitText(n: NormalizedText): NormalizedText {
  const text = n.text;
  const count = tokenize(text);
  if (count > 3) swedishSix(text, count);
  // Emoji, symbols and HTML leftovers between digits (see soft-separators.ts): checked only when
  // the text has a symbol that may follow a digit or number word, or a '<' or '&'.
  const seps =
    symbolAfterDigit || hasMarkup
      ? softSeparatorEdits(n, firstSymbol, hasMarkup, numberWordEndsAt, numberWordStartsAt)
      : undefined;
  if (candCount === 0 && seps === undefined) return n;
  let edits: TextEdit[] = [];
  // Only candidate tokens can start an edit; a number phrase may cover later candidates.
  let last = -1;
  for (let j = 0; j < candCount; j++) {
    const t = cand[j]!;
    if (t <= last) continue;
    if (tokWord[t] === GLUED) {
      const start = tokStart[t]!;
      const digits = gluedDigits(text, start, tokEnd[t]!)!;
      edits.push({ start, end: tokEnd[t]!, text: digits, raw: gluedStarts.map((i) => n.offsets[i]!) });
    } else if (tokWord[t] !== undefined) {
      last = phrase(n, count, t, edits);
    } else if (isSpokenSeparator(text, t) && spokenSeparatorBetween(text, count, t)) {
      edits.push({ start: tokStart[t]!, end: tokEnd[t]!, text: '-', raw: [n.offsets[tokStart[t]!]!] });
    } else if (isLookalike(text, t) && digitNeighbour(text, count, t)) {
      const c = text[tokStart[t]!]!;
      edits.push({
        start: tokStart[t]!,
        end: tokEnd[t]!,
        text: c === 'o' || c === 'о' || c === 'ο' ? '0' : '1',
        raw: [n.offsets[tokStart[t]!]!],
      });
    }
  }
  if (seps !== undefined) edits = mergeEdits(edits, seps);
  if (edits.length === 0) return n;
  const out = applyEdits(n, edits);
  wordsAfterEdits(edits, out.text);
  return out;
}

/** Two lists of edits sorted by start, as one (an edit starting inside an earlier one is dropped). */
function mergeEdits(a: TextEdit[], b: TextEdit[]): TextEdit[] {
  if (a.length === 0) return b;
  const out: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let end = 0;
  while (i < a.length || j < b.length) {
    const e = j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!;
    if (e.start < end) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}

/** The token ending (starting) at text index i, if it is a number word; -1 otherwise. */
function numberTokenAt(i: number, ends: boolean): number {
  const bound = ends ? tokEnd : tokStart;
  let lo = 0;
  let hi = tokCount - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = bound[mid]!;
    if (v === i) return tokWord[mid] !== undefined ? mid : -1;
    if (v < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A number word ends at i; with `glued`, one with a digit right before it ("48zero"). */
function numberWordEndsAt(i: number, glued = false): boolean {
  const t = numberTokenAt(i, true);
  return t >= 0 && (!glued || isDigitAt(tokText!, tokStart[t]! - 1));
}

/** A number word starts at i; with `glued`, one with a digit right after it ("seven49"). */
function numberWordStartsAt(i: number, glued = false): boolean {
  const t = numberTokenAt(i, false);
  return t >= 0 && (!glued || isDigitAt(tokText!, tokEnd[t]!));
}

/**
 * The token arrays moved to the edited text `text`: edits replace whole tokens (and the gaps
 * between them) with digits, so the words of the edited text are the tokens no edit covers, shifted.
 * An edit applyEdits skips (starting inside an earlier one) is skipped here too.
 */
function wordsAfterEdits(edits: TextEdit[], text: string): void {
  let e = 0;
  let pos = 0;
  let shift = 0;
  let w = 0;
  for (let t = 0; t < tokCount; t++) {
    const start = tokStart[t]!;
    const end = tokEnd[t]!;
    for (; e < edits.length; e++) {
      const x = edits[e]!;
      if (x.start < pos) continue;
      if (x.end > start) break;
      shift += x.text.length - (x.end - x.start);
      pos = x.end;
    }
    const x = edits[e];
    if (x !== undefined && x.start < end) {
      if (x.start <= start && x.end >= end) continue;
      // Not expected (an edit covers whole tokens): leave the words unknown for this text.
      tokText = undefined;
      return;
    }
    tokStart[w] = start + shift;
    tokEnd[w] = end + shift;
    tokPlain[w] = tokPlain[t]!;
    w++;
  }
  tokCount = w;
  tokText = text;
}

/*
 * The words of the text being read, as parallel arrays reused from call to call (digitText is
 * neither re-entrant nor recursive): start, end and number-word reading of token t.
 */
let tokStart = new Int32Array(256);
let tokEnd = new Int32Array(256);
/** 1 when token t is letters only (no marks, no apostrophes). */
let tokPlain = new Uint8Array(256);
const tokWord: (NumberWord | undefined)[] = [];
/** The text the token arrays describe, and their count. */
let tokText: string | undefined;
let tokCount = 0;
/**
 * The tokens that may start an edit, in order: number words (glued or not), and the words that
 * may be a look-alike digit, a spoken separator or Swedish "sex" (by length and first letter).
 * Most words of a text are none of these, and digitText looks at these only.
 */
let cand = new Int32Array(64);
let candCount = 0;
/** Index of the first character of the text that may start a soft-separator symbol; -1: none. */
let firstSymbol = -1;
/**
 * Whether such a character follows a digit or a possible number word (a candidate token) as
 * softSeparatorEdits looks before it: without one, no run of symbols has a digit before it.
 */
let symbolAfterDigit = false;
/** Whether the text has a '<' or '&' (HTML leftovers, see soft-separators.ts). */
let hasMarkup = false;

function addToken(t: number, start: number, end: number, word: NumberWord | undefined, plain: boolean): void {
  if (t === tokStart.length) {
    const s = new Int32Array(t * 2);
    s.set(tokStart);
    tokStart = s;
    const e = new Int32Array(t * 2);
    e.set(tokEnd);
    tokEnd = e;
    const p = new Uint8Array(t * 2);
    p.set(tokPlain);
    tokPlain = p;
  }
  tokStart[t] = start;
  tokEnd[t] = end;
  tokPlain[t] = plain ? 1 : 0;
  tokWord[t] = word;
}

function addCandidate(t: number): void {
  if (candCount === cand.length) {
    const c = new Int32Array(candCount * 2);
    c.set(cand);
    cand = c;
  }
  cand[candCount++] = t;
}

/** The reading of a word made of digit words glued together (gluedDigits reads it). */
const GLUED: NumberWord = { kind: 'glued', value: 0 };

/** The words of a text, as digitText read them. */
export interface Words {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** 1 when word t is one run of letters (no marks or apostrophes inside). */
  plain: Uint8Array;
}

/**
 * The words of `text` (every run of letters lies inside one), if it is the text digitText read
 * last: a caller that scans the same text for words (the phone region clues) need not scan it again.
 * Valid until the next digitText call.
 */
export function lastWords(text: string): Words | undefined {
  return text === tokText ? { count: tokCount, start: tokStart, end: tokEnd, plain: tokPlain } : undefined;
}

/*
 * What each BMP code unit is to the tokenizer, in one table (one read per character, ASCII or
 * not): most characters are letters or ASCII separators, and the rest take the slower branches.
 */
/** ASCII, not a letter: between words. */
const T_OTHER = 0;
const T_LETTER = 1;
/** Not a letter, mark or apostrophe (not ASCII; or '<', '&', which digitText notes). */
const T_NONWORD = 2;
/** A combining mark: inside a word only. */
const T_MARK = 3;
/** ' ’ ʼ: inside a word, the apostrophes numberWordAt strips (` and ´ end it); ʼ is a letter too. */
const T_APOSTROPHE = 4;
/** A high surrogate: the class of the pair is read with classAt. */
const T_SURROGATE = 5;
const TOKEN_CLASS = new Uint8Array(0x10000);
for (let c = 0x80; c < 0x10000; c++) {
  const k = bmpClass(c);
  TOKEN_CLASS[c] = k === LETTER ? T_LETTER : k === 0 ? T_NONWORD : T_MARK;
}
for (let c = 0x41; c <= 0x5a; c++) TOKEN_CLASS[c] = TOKEN_CLASS[c + 32] = T_LETTER;
TOKEN_CLASS[60] = TOKEN_CLASS[38] = T_NONWORD;
TOKEN_CLASS[39] = TOKEN_CLASS[0x2019] = TOKEN_CLASS[0x2bc] = T_APOSTROPHE;
TOKEN_CLASS.fill(T_SURROGATE, 0xd800, 0xdc00);
TOKEN_CLASS.fill(T_NONWORD, 0xdc00, 0xe000);

/**
 * Words as `/\p{L}[\p{L}\p{M}'’ʼ]*\/gu` would find them, scanned with TOKEN_CLASS; only words that
 * may be number words (by WordFilter) are looked up. Fills the token arrays, the candidates,
 * firstSymbol, symbolAfterDigit and hasMarkup; returns the number of tokens.
 */
function tokenize(text: string): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  let symbol = -1;
  let markup = false;
  let afterDigit = false;
  candCount = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = TOKEN_CLASS[c]!;
    if (k !== T_LETTER) {
      if (k === T_OTHER) {
        i++;
        continue;
      }
      if (k === T_SURROGATE ? classAt(text, i) !== LETTER : c !== 0x2bc) {
        if (c === 60 || c === 38) markup = true;
        else if (mayStartSymbol(c)) {
          if (symbol < 0) symbol = i;
          if (!afterDigit) afterDigit = followsDigit(text, i, count);
        }
        i++;
        continue;
      }
    }
    const start = i;
    i += k === T_SURROGATE ? 2 : 1;
    let apostrophe = false;
    let mark = false;
    // Whether the word ended at an ASCII separator (most do), which the outer loop need not read.
    let separator = false;
    while (i < n) {
      const d = TOKEN_CLASS[text.charCodeAt(i)]!;
      if (d === T_LETTER) i++;
      else if (d === T_OTHER) {
        separator = true;
        break;
      } else if (d === T_APOSTROPHE) {
        apostrophe = true;
        i++;
      } else if (d === T_MARK) {
        mark = true;
        i++;
      } else if (d === T_SURROGATE) {
        const cls = classAt(text, i);
        if (cls === 0) break;
        if (cls !== LETTER) mark = true;
        i += widthAt(text, i);
      } else break;
    }
    const len = i - start;
    // ʼ is a letter, so a word may start with an apostrophe even without the flag.
    let word =
      len < 2
        ? undefined
        : apostrophe || c === 0x2bc
          ? numberWordAt(text, start, i, apostrophe)
          : plainNumberWordAt(text, start, i);
    if (
      word === undefined &&
      !apostrophe &&
      mayBeGlued(text, start, i) &&
      gluedDigits(text, start, i) !== undefined
    )
      word = GLUED;
    addToken(count, start, i, word, !apostrophe && !mark);
    // Look-alikes (o, l, i and Cyrillic, Greek, Ukrainian ones); "dot", "dash", "hyphen", "sex".
    if (
      word !== undefined ||
      (len === 1
        ? c === 0x6f || c === 0x43e || c === 0x3bf || c === 0x6c || c === 0x69 || c === 0x456
        : (len === 3 || len === 4 || len === 6) && (c === 100 || c === 104 || c === 115))
    )
      addCandidate(count);
    count++;
    if (separator) i++;
  }
  tokText = text;
  tokCount = count;
  firstSymbol = symbol;
  symbolAfterDigit = afterDigit;
  hasMarkup = markup;
  return count;
}

/**
 * Whether the character softSeparatorEdits looks at before a symbol at `at` (see nearBefore) is a
 * digit, or ends a candidate token, the last of the `count` tokens read so far (the reading of
 * "sex" is only settled after tokenize).
 */
function followsDigit(text: string, at: number, count: number): boolean {
  const i = nearBefore(text, at);
  if (i < 0) return false;
  if (isDigitAt(text, i)) return true;
  return count > 0 && tokEnd[count - 1] === i + 1 && candCount > 0 && cand[candCount - 1] === count - 1;
}

/**
 * Separators that may sit between spelled-out digits, as `/[\s\-–—.,*\/_|~()[\]{}:;+#=<>'"`•·]/`
 * by code unit: ASCII from a table, the rest (white space, dashes, bullets) listed.
 */
const ASCII_GAP = new Uint8Array(128);
for (const ch of '\t\n\v\f\r -.,*/_|~()[]{}:;+#=<>\'"`') ASCII_GAP[ch.charCodeAt(0)] = 1;

function isGapChar(c: number): boolean {
  if (c < 0x80) return ASCII_GAP[c] === 1;
  return isJsSpace(c) || c === 0xb7 || c === 0x2013 || c === 0x2014 || c === 0x2022;
}

/** Whether text[a, b) is a gap between the digits of one number: up to six separators. */
function gapOk(text: string, a: number, b: number): boolean {
  if (b - a > 6) return false;
  for (let i = a; i < b; i++) if (!isGapChar(text.charCodeAt(i))) return false;
  return true;
}

/** Between the parts of one number ("forty five", "twenty-one"): one to three spaces and hyphens. */
function tightGap(text: string, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0x2013) return false;
  }
  return true;
}

/** Joiners are short words ("and", "och"): longer tokens are not sliced and looked up. */
const JOINER_MAX = Math.max(...[...JOINERS].map((w) => w.length));

function isJoiner(text: string, t: number, count: number): boolean {
  return (
    t < count && tokEnd[t]! - tokStart[t]! <= JOINER_MAX && JOINERS.has(text.slice(tokStart[t]!, tokEnd[t]!))
  );
}

/**
 * The token after `last` that continues a number phrase (possibly behind a joiner such as "and"),
 * as its index, with JOINED set when a joiner was skipped; -1 when the phrase ends.
 */
const JOINED = 1 << 30;
function nextNumberToken(text: string, count: number, last: number): number {
  let i = last + 1;
  if (i < count && !gapOk(text, tokEnd[last]!, tokStart[i]!)) return -1;
  const joined = isJoiner(text, i, count);
  if (joined) {
    if (i + 1 >= count || !gapOk(text, tokEnd[i]!, tokStart[i + 1]!)) return -1;
    i++;
  }
  if (i >= count || tokWord[i] === undefined || tokWord[i] === GLUED) return -1;
  return joined ? i | JOINED : i;
}

/** Parse a number phrase starting at token t; push its edit; return the last token index used. */
function phrase(n: NormalizedText, count: number, t: number, edits: TextEdit[]): number {
  const text = n.text;
  const w = tokWord[t]!;
  if (w.kind === 'repeat') return repeat(n, count, t, edits);
  let acc = w.kind === 'multiplier' ? 100 : w.value;
  let last = t;
  for (;;) {
    const nx = nextNumberToken(text, count, last);
    if (nx < 0) break;
    const idx = nx & ~JOINED;
    const joined = (nx & JOINED) !== 0;
    const k = tokWord[idx]!;
    if (k.kind === 'multiplier' && acc < 10 && last === t) acc *= 100;
    else if (acc === 4 && last === t && k.kind === 'tens' && k.value === 20)
      acc = 80; // quatre-vingt
    else if (
      acc >= 100 &&
      acc % 100 === 0 &&
      (k.kind === 'tens' || k.kind === 'teen' || k.kind === 'compound')
    )
      acc += k.value;
    // "eight hundred five" is read digit by digit in phone numbers; "hundred and five" is 105.
    else if (acc >= 100 && acc % 100 === 0 && k.kind === 'unit' && joined) acc += k.value;
    else if (
      acc % 10 === 0 &&
      acc % 100 >= 20 &&
      k.kind === 'unit' &&
      k.value > 0 &&
      (tightGap(text, tokEnd[idx - 1]!, tokStart[idx]!) || idx - last > 1)
    )
      acc += k.value;
    else if ((acc % 100 === 60 || acc % 100 === 80) && k.kind === 'teen') acc += k.value - 0;
    else if (
      acc === 10 &&
      k.kind === 'unit' &&
      k.value >= 7 &&
      text.slice(tokStart[t]!, tokEnd[t]!) === 'dix'
    )
      acc += k.value;
    else break;
    last = idx;
  }
  let digits = String(acc);
  // A tens word glued to a digit is tens and units: "seventy8" -> "78", not "708".
  const next = text.charCodeAt(tokEnd[last]!);
  if (acc % 10 === 0 && acc % 100 >= 20 && next >= 49 && next <= 57) digits = digits.slice(0, -1);
  const raw: number[] = [];
  for (let i = 0; i < digits.length; i++)
    raw.push(n.offsets[i === digits.length - 1 ? tokStart[last]! : tokStart[t]!]!);
  edits.push({ start: tokStart[t]!, end: tokEnd[last]!, text: digits, raw });
  return last;
}

/** "double 7" -> "77", "triple zero" -> "000". */
function repeat(n: NormalizedText, count: number, t: number, edits: TextEdit[]): number {
  const text = n.text;
  const start = tokStart[t]!;
  const end = tokEnd[t]!;
  const times = tokWord[t]!.value;
  let j = end;
  while (j < text.length && j - end < 3 && (text[j] === ' ' || text[j] === '-')) j++;
  const c = text.charCodeAt(j);
  if (c >= 48 && c <= 57 && j > end) {
    // "double 7": emit the digit (times - 1) more times in place of the word.
    const d = text[j]!.repeat(times - 1);
    edits.push({ start, end: j, text: d, raw: Array(d.length).fill(n.offsets[start]!) });
    return t;
  }
  const next = tokWord[t + 1];
  if (t + 1 < count && next?.kind === 'unit' && tokStart[t + 1] === j) {
    const d = String(next.value).repeat(times);
    edits.push({
      start,
      end: tokEnd[t + 1]!,
      text: d,
      raw: Array(d.length).fill(n.offsets[start]!),
    });
    return t + 1;
  }
  return t;
}

const SIX: NumberWord = { kind: 'unit', value: 6 };

/** Digit words in a row around it that make "sex" the Swedish six rather than a word of the ad. */
const SIX_RUN = 3;

/**
 * Swedish "sex" (6) is left out of the number words: it is a common word in ads. Inside a number
 * spelled digit by digit ("noll sju tre ett två ... noll sex") it is read as 6: with three digit
 * words (units) in a row around it, before and after it together.
 */
function swedishSix(text: string, count: number): void {
  for (let j = 0; j < candCount; j++) {
    const t = cand[j]!;
    if (tokWord[t] !== undefined || tokEnd[t]! - tokStart[t]! !== 3 || !text.startsWith('sex', tokStart[t]!))
      continue;
    if (unitRun(text, t, -1, count) + unitRun(text, t, 1, count) >= SIX_RUN) tokWord[t] = SIX;
  }
}

/** How many digit words (up to SIX_RUN) follow one another from token t on, going by `step`. */
function unitRun(text: string, t: number, step: number, count: number): number {
  let p = t;
  let k = 0;
  for (; k < SIX_RUN; k++) {
    const q = p + step;
    if (q < 0 || q >= count || tokWord[q]?.kind !== 'unit') break;
    if (!(step < 0 ? gapOk(text, tokEnd[q]!, tokStart[p]!) : gapOk(text, tokEnd[p]!, tokStart[q]!))) break;
    p = q;
  }
  return k;
}

/** "dot" and "dash" (or "hyphen") spoken between the groups of a number: "916 dot 770 dot 4218". */
function isSpokenSeparator(text: string, t: number): boolean {
  const start = tokStart[t]!;
  const len = tokEnd[t]! - start;
  const c = text.charCodeAt(start);
  if (len === 3) return c === 100 && text.startsWith('dot', start);
  if (len === 4) return c === 100 && text.startsWith('dash', start);
  return len === 6 && c === 104 && text.startsWith('hyphen', start);
}

/**
 * Whether a spoken separator stands between digits (or number words) with at most one space on
 * each side: "215 dash 668", "five dot 7"; "dot com", "the dash 5" are left alone.
 */
function spokenSeparatorBetween(text: string, count: number, t: number): boolean {
  const start = tokStart[t]!;
  const end = tokEnd[t]!;
  let i = start - 1;
  if (text.charCodeAt(i) === 32) i--;
  if (i < 0 || !(isDigitAt(text, i) || (t > 0 && tokEnd[t - 1] === i + 1 && tokWord[t - 1] !== undefined)))
    return false;
  let j = end;
  if (text.charCodeAt(j) === 32) j++;
  return isDigitAt(text, j) || (t + 1 < count && tokStart[t + 1] === j && tokWord[t + 1] !== undefined);
}

function isLookalike(text: string, t: number): boolean {
  if (tokEnd[t]! - tokStart[t]! !== 1) return false;
  const c = text.charCodeAt(tokStart[t]!);
  // o, Cyrillic о, Greek ο, l, i, Ukrainian і
  return c === 0x6f || c === 0x43e || c === 0x3bf || c === 0x6c || c === 0x69 || c === 0x456;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Whether a one-letter token sits next to a digit or a number word, with only separators between. */
function digitNeighbour(text: string, count: number, t: number): boolean {
  const start = tokStart[t]!;
  const end = tokEnd[t]!;
  // Both sides: "5 o 3" is a digit, the "o" of "y.o. 25" is not. Up to two more look-alikes on
  // the way count as digits too: "3 o o ~ 7".
  let left = false;
  let p = t;
  for (let hop = 0; hop < 3 && !left; hop++) {
    const from = tokStart[p]!;
    let i = from - 1;
    while (i >= 0 && from - i <= 4 && isSep(text.charCodeAt(i))) i--;
    if (i < 0) break;
    left = isDigitAt(text, i) || (p > 0 && tokEnd[p - 1] === i + 1 && tokWord[p - 1] !== undefined);
    if (left || !(p > 0 && tokEnd[p - 1] === i + 1 && isLookalike(text, p - 1))) break;
    p--;
  }
  let right = false;
  p = t;
  for (let hop = 0; hop < 3 && !right; hop++) {
    const from = tokEnd[p]!;
    let j = from;
    while (j < text.length && j - from < 4 && isSep(text.charCodeAt(j))) j++;
    if (j >= text.length) break;
    right = isDigitAt(text, j) || (p + 1 < count && tokStart[p + 1] === j && tokWord[p + 1] !== undefined);
    if (right || !(p + 1 < count && tokStart[p + 1] === j && isLookalike(text, p + 1))) break;
    p++;
  }
  if (left && right) return true;
  // At either end of a long digit-by-digit sequence: "o-4-7-6-5-2-4-1-3-1", "0-7-7-5-0-8-7-3-9-o".
  if (right && LONG_AFTER.test(text.slice(end, end + 40))) return true;
  return left && LONG_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

const LONG_AFTER = /^[\s\-.*_|•/]{1,4}\d(?:[\s\-.*_|•/]{0,4}[\dol]){5,}/;
const LONG_BEFORE = /(?:[\dol][\s\-.*_|•/]{0,4}){5,}\d[\s\-.*_|•/]{1,4}$/;

function isSep(c: number): boolean {
  // space, tab, - . , * / _ | ~ ( ) [ ]
  return (
    c === 32 ||
    c === 9 ||
    c === 45 ||
    c === 46 ||
    c === 44 ||
    c === 42 ||
    c === 47 ||
    c === 95 ||
    c === 124 ||
    c === 126 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93
  );
}
