import { emojiDigits, foldCodePoint, isInvisible, isMark } from './char-tables.ts';
import { scriptOf } from './homoglyphs.ts';
import { classAt } from './letter-class.ts';

/** plainScan's answer for a text the plain fast path cannot take. */
export const NOT_PLAIN = -1;
/** The text has surrogate pairs (a pair's second unit maps to its first in the offsets). */
export const PAIRS = 1;
/** A word of the lower-cased text mixes Latin, Cyrillic or Greek letters: fixHomoglyphs may change it. */
export const MIXED_WORD = 2;
/** A digit stands next to o, l, i or their look-alikes: fixNumericLookalikes may change the text. */
export const NUMERIC_HINT = 4;

// What the table says about a BMP unit c, read from its lower case (the fast path's output).
const UNKNOWN = 0;
const NOT = 1;
const SURROGATE = 2;
const PLAIN = 0x80;
const WORD = 0x40; // letter or mark: inside a word as fixHomoglyphs splits them (bit 6: see plainRun)
const DIGIT = 0x20; // [0-9]
const LOOK = 0x10; // read as a digit next to one: o l i о ο і
const SCRIPTS = 0x07; // letters only, 1 << scriptOf: Latin 1, Cyrillic 2, Greek 4

const INFO = new Uint8Array(0x10000);
INFO.fill(SURROGATE, 0xd800, 0xe000);

/**
 * One pass over a text: NOT_PLAIN when normalisation must take the full path, otherwise flags
 * (PAIRS, MIXED_WORD, NUMERIC_HINT) of raw.toLowerCase(). A text is plain when every character is
 * printable ASCII (or tab, line feed, carriage return), a BMP character that normalises to its
 * plain lower case alone, or a surrogate pair that normalises to itself. MIXED_WORD and
 * NUMERIC_HINT are necessary conditions for the repairs to change anything, so a text without
 * them skips the repairs.
 */
export function plainScan(raw: string): number {
  const len = raw.length;
  RUN.fill(0);
  let pairs = 0;
  let i = plainRun(raw, 0, len, 0);
  // Units the table does not know yet, surrogate pairs and units that are not plain, one at a time.
  while (i < len) {
    const c = raw.charCodeAt(i);
    let v = INFO[c]!;
    if (v === UNKNOWN) v = learn(c);
    let width = 1;
    if (v === SURROGATE) {
      const lo = i + 1 < len ? raw.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || !(lo >= 0xdc00 && lo <= 0xdfff)) return NOT_PLAIN;
      v = astralInfo((c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000, raw, i);
      pairs = PAIRS;
      width = 2;
    }
    if (v === NOT) return NOT_PLAIN;
    i = plainRun(raw, i + width, len, v);
  }
  return pairs | (RUN[MIXED]! !== 0 ? MIXED_WORD : 0) | (RUN[NUMERIC]! !== 0 ? NUMERIC_HINT : 0);
}

/** plainRun's state between calls: script bits of the current word, mixed, numeric, previous bits. */
const RUN = new Int32Array(4);
const WORD_BITS = 0;
const MIXED = 1; // non-zero once a word had two script bits
const NUMERIC = 2; // non-zero once a digit and a look-alike stood side by side
const PREV = 3;

/**
 * plainScan's loop over units the table knows as plain: takes in the bits `v` of the unit before
 * `i`, then reads on until the end or a unit that is not known plain, whose index it returns. It
 * is a function of its own so that the rare units never run inside it: a branch first taken after
 * V8 optimised the loop deoptimised it, and the function then often stayed in on-stack-replaced
 * code, entered anew from the interpreter on every call, at twice the cost per text.
 */
function plainRun(raw: string, i: number, len: number, v: number): number {
  let word = RUN[WORD_BITS]!;
  let mixed = RUN[MIXED]!;
  let numeric = RUN[NUMERIC]!;
  let prev = RUN[PREV]!;
  for (;;) {
    // Branch-free: only letters carry script bits, and a non-word unit ends the word.
    word |= v & SCRIPTS;
    mixed |= word & (word - 1);
    word &= -((v & WORD) >>> 6);
    const p = prev & (DIGIT | LOOK);
    numeric |= ((p << 1) | (p >>> 1)) & v & (DIGIT | LOOK);
    prev = v;
    if (i >= len) break;
    v = INFO[raw.charCodeAt(i)]!;
    if (v < PLAIN) break;
    i++;
  }
  RUN[WORD_BITS] = word;
  RUN[MIXED] = mixed;
  RUN[NUMERIC] = numeric;
  RUN[PREV] = prev;
  return i;
}

/** Whether a BMP unit (never a surrogate) is one that plainScan takes as it is (see learn). */
export function isPlainUnit(c: number): boolean {
  let v = INFO[c]!;
  if (v === UNKNOWN) v = learn(c);
  return v >= PLAIN;
}

/**
 * A plain unit is one that fullNormalize turns into exactly its toLowerCase(), one unit for one,
 * when no mark follows it: not invisible, no digit emoji, no mark itself, and not capital sigma
 * (whose lower case depends on the context in toLowerCase()). ASCII: printable, tab, LF, CR.
 */
function learn(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const ok =
    c < 0x80
      ? (c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13
      : !isInvisible(c) &&
        emojiDigits(c) === undefined &&
        !isMark(c) &&
        c !== 0x3a3 &&
        lower.length === 1 &&
        foldCodePoint(c) === lower;
  const v = ok ? describe(lower, 0) : NOT;
  INFO[c] = v;
  return v;
}

/** Word, script, digit and look-alike bits of the code point at `i` of `lower`. */
function describe(lower: string, i: number): number {
  const lc = lower.charCodeAt(i);
  const word = classAt(lower, i) !== 0;
  const script = word ? scriptOf(lc) : -1;
  return (
    PLAIN |
    (word ? WORD : 0) |
    (lc >= 0x30 && lc <= 0x39 ? DIGIT : 0) |
    ('oliоοі'.includes(lower[i]!) ? LOOK : 0) |
    (script >= 0 ? 1 << script : 0)
  );
}

const astralCache = new Map<number, number>();

/** An astral code point (emoji mostly) that normalisation leaves as it is: its bits; else NOT. */
function astralInfo(cp: number, raw: string, i: number): number {
  let v = astralCache.get(cp);
  if (v === undefined) {
    const s = String.fromCodePoint(cp);
    const ok =
      !isInvisible(cp) && emojiDigits(cp) === undefined && foldCodePoint(cp) === s && s.toLowerCase() === s;
    v = ok ? describe(raw, i) : NOT;
    if (astralCache.size < 10_000) astralCache.set(cp, v);
  }
  return v;
}
