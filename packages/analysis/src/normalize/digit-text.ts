import { classAt, LETTER, widthAt } from './letter-class.ts';
import { applyEdits, type NormalizedText, type TextEdit } from './normalized-text.ts';
import { JOINERS } from './number-words.data.ts';
import { type NumberWord, numberWordAt } from './number-words.ts';

/**
 * The digit-focused view used to find phone numbers: number words in many languages become digits
 * ("zero six" -> "0 6", "forty five" -> "45", "eight hundred" -> "800", "double 7" -> "77",
 * "TwO/6/zERo-FouR" -> "2/6/0-4"), and a lone o/l/i next to digits becomes 0/1 ("5 o 3"). Separators
 * are kept: the phone scanner decides which ones may sit inside a number.
 *
 * Input is the output of normalizeText (lower case); offsets still point into the raw text.
 */
export function digitText(n: NormalizedText): NormalizedText {
  const tokens = tokenize(n.text);
  if (tokens.length === 0) return n;
  const edits: TextEdit[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (tok.word) {
      t = phrase(n, tokens, t, edits);
    } else if (isLookalike(n.text, tok) && digitNeighbour(n.text, tokens, t)) {
      const c = n.text[tok.start]!;
      edits.push({
        start: tok.start,
        end: tok.end,
        text: c === 'o' || c === 'о' || c === 'ο' ? '0' : '1',
        raw: [n.offsets[tok.start]!],
      });
    }
  }
  return applyEdits(n, edits);
}

interface Token {
  start: number;
  end: number;
  word: NumberWord | undefined;
}

/**
 * Words as `/\p{L}[\p{L}\p{M}'’ʼ]*\/gu` would find them, scanned with the letter table; only words
 * that may be number words (by their first two characters) are looked up.
 */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (classAt(text, i) !== LETTER) {
      i++;
      continue;
    }
    const start = i;
    i += widthAt(text, i);
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 39 || c === 0x2019 || c === 0x2bc) i++;
      else if (classAt(text, i) !== 0) i += widthAt(text, i);
      else break;
    }
    out.push({ start, end: i, word: i - start > 1 ? numberWordAt(text, start, i) : undefined });
  }
  return out;
}

// Separators that may sit between spelled-out digits.
const GAP = /^[\s\-–—.,*/_|~()[\]{}:;+#=<>'"`•·]*$/;
// Between the parts of one number ("forty five", "twenty-one"): only spaces and hyphens.
const TIGHT_GAP = /^[ \-–]{1,3}$/;

function gapOk(text: string, a: number, b: number): boolean {
  return b - a <= 6 && GAP.test(text.slice(a, b));
}

function isJoiner(text: string, tok: Token | undefined): boolean {
  return tok !== undefined && JOINERS.has(text.slice(tok.start, tok.end));
}

/** Parse a number phrase starting at tokens[t]; push its edit; return the last token index used. */
function phrase(n: NormalizedText, tokens: Token[], t: number, edits: TextEdit[]): number {
  const text = n.text;
  const first = tokens[t]!;
  const w = first.word!;
  if (w.kind === 'repeat') return repeat(n, tokens, t, edits);
  let acc = w.kind === 'multiplier' ? 100 : w.value;
  let last = t;
  const next = (): { tok: Token; idx: number; joined: boolean } | undefined => {
    let i = last + 1;
    let tok = tokens[i];
    if (tok && !gapOk(text, tokens[last]!.end, tok.start)) return undefined;
    const joined = isJoiner(text, tok);
    if (joined) {
      const after = tokens[i + 1];
      if (!after || !gapOk(text, tok!.end, after.start)) return undefined;
      i++;
      tok = after;
    }
    return tok?.word ? { tok, idx: i, joined } : undefined;
  };
  const tight = (idx: number) =>
    TIGHT_GAP.test(text.slice(tokens[idx - 1]!.end, tokens[idx]!.start)) || idx - last > 1;
  for (;;) {
    const nx = next();
    if (!nx) break;
    const k = nx.tok.word!;
    const word = text.slice(first.start, first.end);
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
    else if (acc >= 100 && acc % 100 === 0 && k.kind === 'unit' && nx.joined) acc += k.value;
    else if (acc % 10 === 0 && acc % 100 >= 20 && k.kind === 'unit' && k.value > 0 && tight(nx.idx))
      acc += k.value;
    else if ((acc % 100 === 60 || acc % 100 === 80) && k.kind === 'teen') acc += k.value - 0;
    else if (acc === 10 && word === 'dix' && k.kind === 'unit' && k.value >= 7) acc += k.value;
    else break;
    last = nx.idx;
  }
  const digits = String(acc);
  const raw: number[] = [];
  for (let i = 0; i < digits.length; i++)
    raw.push(n.offsets[i === digits.length - 1 ? tokens[last]!.start : first.start]!);
  edits.push({ start: first.start, end: tokens[last]!.end, text: digits, raw });
  return last;
}

/** "double 7" -> "77", "triple zero" -> "000". */
function repeat(n: NormalizedText, tokens: Token[], t: number, edits: TextEdit[]): number {
  const text = n.text;
  const tok = tokens[t]!;
  const times = tok.word!.value;
  let j = tok.end;
  while (j < text.length && j - tok.end < 3 && (text[j] === ' ' || text[j] === '-')) j++;
  const c = text.charCodeAt(j);
  if (c >= 48 && c <= 57 && j > tok.end) {
    // "double 7": emit the digit (times - 1) more times in place of the word.
    const d = text[j]!.repeat(times - 1);
    edits.push({ start: tok.start, end: j, text: d, raw: Array(d.length).fill(n.offsets[tok.start]!) });
    return t;
  }
  const nextTok = tokens[t + 1];
  if (nextTok?.word?.kind === 'unit' && nextTok.start === j) {
    const d = String(nextTok.word.value).repeat(times);
    edits.push({
      start: tok.start,
      end: nextTok.end,
      text: d,
      raw: Array(d.length).fill(n.offsets[tok.start]!),
    });
    return t + 1;
  }
  return t;
}

function isLookalike(text: string, tok: Token): boolean {
  if (tok.end - tok.start !== 1) return false;
  const c = text[tok.start];
  return c === 'o' || c === 'о' || c === 'ο' || c === 'l' || c === 'i' || c === 'і';
}

/** Whether a one-letter token sits next to a digit or a number word, with only separators between. */
function digitNeighbour(text: string, tokens: Token[], t: number): boolean {
  const tok = tokens[t]!;
  const isDigit = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  // Both sides: "5 o 3" is a digit, the "o" of "y.o. 25" is not.
  let i = tok.start - 1;
  while (i >= 0 && tok.start - i <= 4 && isSep(text.charCodeAt(i))) i--;
  const left = i >= 0 && (isDigit(i) || (tokens[t - 1]?.end === i + 1 && tokens[t - 1]!.word !== undefined));
  let j = tok.end;
  while (j < text.length && j - tok.end < 4 && isSep(text.charCodeAt(j))) j++;
  const right =
    j < text.length && (isDigit(j) || (tokens[t + 1]?.start === j && tokens[t + 1]!.word !== undefined));
  if (left && right) return true;
  // At either end of a long digit-by-digit sequence: "o-4-7-6-5-2-4-1-3-1", "0-7-7-5-0-8-7-3-9-o".
  if (right && LONG_AFTER.test(text.slice(tok.end, tok.end + 40))) return true;
  return left && LONG_BEFORE.test(text.slice(Math.max(0, tok.start - 40), tok.start));
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
