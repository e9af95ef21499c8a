import { KEYWORD_FIRST, mayStartKeyword, WORD_UNIT } from './handle-keywords.ts';

/**
 * Where in a raw text the selector kinds need to look, found in one pass over its code units
 * instead of one regex pass per kind. Every list is a superset of the places the kind's regex
 * could match, in text order, so each kind runs its own (sticky) regex only there.
 */
export interface TextSurvey {
  /** Where a service name may start: its first three units fit one, after a non-word unit. */
  keywordStarts: number[];
  /**
   * Maximal runs of ASCII letters and digits, 9 units or longer, that start as a crypto address
   * can: start and end of each, flat. A candidate address is always such a whole run.
   */
  cryptoRuns: number[];
  /** Starts of ASCII letter-and-digit runs that begin with two letters and two digits (an IBAN's head). */
  ibanStarts: number[];
  /** Every `.` before a unit that is neither white space nor `.`, and every `://` (links start near one). */
  linkTriggers: number[];
  /**
   * Every at-sign (`@`, `＠`), and every space or opening bracket before a unit that may start an
   * at-word (e-mail anchors: AT_SEPARATOR's matches all hold one).
   */
  atAnchors: number[];
}

const ALNUM = 1; // [0-9A-Za-z]
const KEYWORD_START = 2; // a service name may start with it (KEYWORD_FIRST)
const WORD = 4; // a service name after it is inside a word (WORD_UNIT)
const SPACE = 8; // \s
const PUNCT = 16; // '.' or ':'
const CRYPTO = 32; // 0 b B l L 4 8 1 3 M T: first units of crypto addresses
const AT_SIGN = 64; // @ ＠
const AT_BEFORE = 128; // a space or opening bracket, which an at-word may follow
// A first unit of an at-word (email-syntax AT_WORDS, `iu` case folding): letters all, so the survey
// sees each one where a word starts, right after a space.
const AT_FIRST = 256;

/** Second units of the at-words (email-syntax AT_WORDS) under the `iu` flags' case folding. */
const AT_WORD_SECOND = new Uint8Array(0x10000);

const CLASS = new Uint16Array(0x10000);
{
  const space = /\s/;
  const atWordFirst = /^[aсmcks]$/iu;
  const atWordSecond = /^[trоahuln]$/iu;
  for (let c = 0; c < 0x10000; c++) {
    let v = 0;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) v |= ALNUM;
    if (KEYWORD_FIRST[c] === 1) v |= KEYWORD_START;
    if (WORD_UNIT[c] === 1) v |= WORD;
    if (space.test(String.fromCharCode(c))) v |= SPACE;
    if (atWordFirst.test(String.fromCharCode(c))) v |= AT_FIRST;
    CLASS[c] = v;
    if (atWordSecond.test(String.fromCharCode(c))) AT_WORD_SECOND[c] = 1;
  }
  for (const ch of '@＠') CLASS[ch.charCodeAt(0)] = CLASS[ch.charCodeAt(0)]! | AT_SIGN;
  for (const ch of ' \t\u00a0([{<') CLASS[ch.charCodeAt(0)] = CLASS[ch.charCodeAt(0)]! | AT_BEFORE;
  for (let c = 0; c < 0x10000; c++) {
    if ((CLASS[c]! & AT_FIRST) !== 0 && (CLASS[c]! & (ALNUM | WORD)) === 0) throw new Error('at-word unit');
  }
  CLASS[0x2e] = CLASS[0x2e]! | PUNCT;
  CLASS[0x3a] = CLASS[0x3a]! | PUNCT;
  for (const ch of '0bBlL481 3MT'.replace(' ', ''))
    CLASS[ch.charCodeAt(0)] = CLASS[ch.charCodeAt(0)]! | CRYPTO;
}

/** The shortest crypto candidate: `bc1` and six more. */
const MIN_CRYPTO = 9;

let memoText: string | undefined;
let memo: TextSurvey = { keywordStarts: [], cryptoRuns: [], ibanStarts: [], linkTriggers: [], atAnchors: [] };

/** The survey of `text`; the last one is memoised, as the kinds ask for the same text in a row. */
export function surveyText(text: string): TextSurvey {
  if (text === memoText) return memo;
  const keywordStarts: number[] = [];
  const cryptoRuns: number[] = [];
  const ibanStarts: number[] = [];
  const linkTriggers: number[] = [];
  const atAnchors: number[] = [];
  const len = text.length;
  let prev = 0; // class of the previous unit
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const v = CLASS[c]!;
    if ((v & ALNUM) !== 0) {
      // A letter-and-digit run: only its first unit can start a keyword, an IBAN or a crypto run.
      const run = i;
      if ((v & AT_FIRST) !== 0 && (prev & AT_BEFORE) !== 0 && AT_WORD_SECOND[unitAt(text, i + 1)] === 1)
        atAnchors.push(i - 1);
      if (
        (v & KEYWORD_START) !== 0 &&
        (prev & WORD) === 0 &&
        mayStartKeyword(c, unitAt(text, i + 1), unitAt(text, i + 2))
      )
        keywordStarts.push(i);
      i++;
      while (i < len && isAlnum(text.charCodeAt(i))) i++;
      // An IBAN head (four units) or a crypto address is never a run of its own short enough.
      if (i - run >= 4) {
        if (isIbanHead(text, run)) ibanStarts.push(run);
        if (i - run >= MIN_CRYPTO && (v & CRYPTO) !== 0) cryptoRuns.push(run, i);
      }
      prev = WORD;
      continue;
    }
    // Spaces and most punctuation: nothing to note.
    if ((v & (KEYWORD_START | PUNCT | WORD | AT_SIGN)) === 0) {
      prev = v;
      i++;
      continue;
    }
    if (
      (v & KEYWORD_START) !== 0 &&
      (prev & WORD) === 0 &&
      mayStartKeyword(c, unitAt(text, i + 1), unitAt(text, i + 2))
    )
      keywordStarts.push(i);
    if ((v & PUNCT) !== 0) {
      const d = unitAt(text, i + 1);
      if (
        c === 0x2e
          ? i + 1 < len && d !== 0x2e && (CLASS[d]! & SPACE) === 0
          : d === 0x2f && unitAt(text, i + 2) === 0x2f
      )
        linkTriggers.push(i);
    }
    if ((v & AT_SIGN) !== 0) atAnchors.push(i);
    else if ((v & AT_FIRST) !== 0 && (prev & AT_BEFORE) !== 0 && AT_WORD_SECOND[unitAt(text, i + 1)] === 1)
      atAnchors.push(i - 1);
    prev = v;
    i++;
    if ((v & WORD) !== 0) {
      // The rest of a word in other letters (Cyrillic, accented): nothing starts inside it but an at-sign.
      while (i < len && (CLASS[text.charCodeAt(i)]! & (WORD | ALNUM | AT_SIGN)) === WORD) i++;
    }
  }
  memoText = text;
  memo = { keywordStarts, cryptoRuns, ibanStarts, linkTriggers, atAnchors };
  return memo;
}

/**
 * The unit at `i`, 0 past the end. charCodeAt past the end would give NaN, and its first time
 * deoptimised the survey's loop (which V8 then sometimes ran from on-stack-replaced code, entered
 * anew on every call, at twice the cost).
 */
function unitAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

/** Two ASCII letters then two digits at `i` (the digits tested first: most words have none). */
function isIbanHead(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    isLetter(text.charCodeAt(i)) &&
    isLetter(text.charCodeAt(i + 1))
  );
}

/** [0-9A-Za-z] by arithmetic: cheaper than the class table in the run loop. */
function isAlnum(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26 || (c - 0x30) >>> 0 < 10;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
