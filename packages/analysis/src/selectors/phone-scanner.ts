/**
 * The fast candidate scanner for phone numbers: one pass over the digit view of a text (see
 * normalize/digit-text.ts) that collects runs of digits joined by the separators people use,
 * including obfuscating ones ("**503**724**3016**", "[9][0][4]", "5 0 3 . 7 2 4"). Validation
 * happens later and only on these runs, which keeps libphonenumber off the hot path.
 */

/** One contiguous block of digits inside a run. */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

/** A run of digit groups separated by short separator sequences. */
export interface DigitRun {
  /** Index of a leading '+', or -1. */
  plus: number;
  groups: DigitGroup[];
  /** Index just after the last digit. */
  end: number;
  /**
   * -1 for a run on one line. A bridge run joins the digits ending one line to those starting the
   * next ("0412 345\n678", a number wrapped by the ad's layout), or to whole lines of digits and
   * then those starting the last line ("702\n928\n3894"): the index of its first group on the
   * second line. Bridge runs come after all the others, a longer one before the shorter one it ends with.
   */
  bridge: number;
}

const MAX_SEP = 4;
const MAX_RUN_DIGITS = 40;

// Separators allowed between digit groups.
const SEP = new Uint8Array(128);
for (const c of ' \t-./()*_[]|~,{}\'"•·') if (c.charCodeAt(0) < 128) SEP[c.charCodeAt(0)] = 1;

function isSep(c: number): boolean {
  return c < 128 ? SEP[c] === 1 : c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7 || c === 0xa0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A digit or '+': where a run may start. The regex engine skips the text between faster than a loop. */
const RUN_START = /[0-9+]/g;

/** Start and end of each group of the run being read, reused from call to call. */
let bounds: Int32Array = new Int32Array(64);

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The groups of the run that ended at a line break, while a bridge from it is possible. */
let lineA: Int32Array = new Int32Array(64);

/**
 * The groups of the lines before the current one that a number wrapped over three or more lines
 * ("702\n928\n3894") would take: the run ending the first line, then whole lines of digits.
 */
let chain: Int32Array = new Int32Array(64);

/** Lines a wrapped number may take. */
const MAX_BRIDGE_LINES = 4;

/** Digits a side of a bridge needs: fewer are an item count, an age or a price, not half a phone. */
const BRIDGE_SIDE = 3;

/** The line break in text[from, k): -1 none, -2 more than one (a blank line), else its index. */
function lineBreak(text: string, from: number, k: number): number {
  let at = -1;
  for (let q = from; q < k; q++) {
    const c = text.charCodeAt(q);
    if (c === 10 || (c === 13 && text.charCodeAt(q + 1) !== 10)) {
      if (at >= 0) return -2;
      at = q;
    }
  }
  return at;
}

function toGroups(text: string, b: Int32Array, from: number, to: number, out: DigitGroup[]): DigitGroup[] {
  for (let q = from; q < to; q += 2)
    out.push({ start: b[q]!, end: b[q + 1]!, digits: text.slice(b[q]!, b[q + 1]!) });
  return out;
}

/** All digit runs with at least `minDigits` digits, then the bridge runs across line breaks. */
export function scanDigitRuns(text: string, minDigits = 7): DigitRun[] {
  const runs: DigitRun[] = [];
  let bridges: DigitRun[] | undefined;
  const len = text.length;
  let i = 0;
  // The run that ended at one line break: its '+', group bounds (in lineA), and where the digits
  // of the next line start (-1: none pending).
  let aPlus = -1;
  let aCount = 0;
  let aN = 0;
  let nextLine = -1;
  // The chain of lines ending with the run that ended at the last line break: its '+', digits,
  // group bounds (in `chain`, cN of them), lines, and groups on its first line.
  let cPlus = -1;
  let cCount = 0;
  let cN = 0;
  let cLines = 0;
  let cFirst = 0;
  while (i < len) {
    RUN_START.lastIndex = i;
    if (!RUN_START.test(text)) break;
    i = RUN_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    let plus = -1;
    let j = i;
    if (c === 43) {
      // '+' then at most two separators before the first digit
      let k = i + 1;
      while (k < len && k - i <= 3 && isSep(text.charCodeAt(k))) k++;
      if (k >= len || !isDigit(text.charCodeAt(k))) {
        i++;
        continue;
      }
      plus = i;
      j = k;
    }
    // Group bounds first: most runs (prices, years, sizes) are too short to become objects.
    let count = 0;
    let n = 0;
    for (;;) {
      const gs = j;
      while (j < len && isDigit(text.charCodeAt(j))) j++;
      if (n === bounds.length) bounds = grow(bounds);
      bounds[n++] = gs;
      bounds[n++] = j;
      count += j - gs;
      let k = j;
      while (k < len && k - j <= MAX_SEP && isSep(text.charCodeAt(k))) k++;
      if (k - j > MAX_SEP || (k < len && text.charCodeAt(k) === 0x2026)) k = ellipsisEnd(text, j);
      if (k < 0 || k >= len || !isDigit(text.charCodeAt(k)) || count > MAX_RUN_DIGITS) break;
      j = k;
    }
    if (count === 1 && n === 2 && plus < 0) {
      const col = columnEnd(text, i, minDigits);
      if (col > 0) {
        const groups: DigitGroup[] = [];
        for (let q = i; q >= 0 && q < col; q = nextColumnDigit(text, q + 1))
          groups.push({ start: q, end: q + 1, digits: text[q]! });
        runs.push({ plus: -1, groups, end: col, bridge: -1 });
        nextLine = -1;
        i = col;
        continue;
      }
    }
    if (count >= minDigits)
      runs.push({ plus, groups: toGroups(text, bounds, 0, n, []), end: bounds[n - 1]!, bridge: -1 });
    // This run continues the one that ended at a line break just before it: a bridge run.
    const continues = nextLine === i && aCount >= BRIDGE_SIDE && count >= BRIDGE_SIDE;
    // Over three lines or more: the chain of the lines before, then this one (tried first).
    if (continues && cLines >= 2 && cCount + count <= MAX_RUN_DIGITS && cCount + count >= minDigits) {
      bridges ??= [];
      bridges.push({
        plus: cPlus,
        groups: toGroups(text, bounds, 0, n, toGroups(text, chain, 0, cN, [])),
        end: bounds[n - 1]!,
        bridge: cFirst,
      });
    }
    if (continues && aCount + count >= minDigits) {
      const groups = toGroups(text, lineA, 0, aN, []);
      bridges ??= [];
      bridges.push({
        plus: aPlus,
        groups: toGroups(text, bounds, 0, n, groups),
        end: bounds[n - 1]!,
        bridge: aN / 2,
      });
    }
    const next = count <= MAX_RUN_DIGITS ? nextLineStart(text, j) : -1;
    if (next >= 0) {
      // A whole line of digits (this run began its line) extends the chain of the lines before.
      if (continues && cLines < MAX_BRIDGE_LINES - 1 && cCount + count <= MAX_RUN_DIGITS) {
        while (chain.length < cN + n) chain = grow(chain);
        chain.set(bounds.subarray(0, n), cN);
        cN += n;
        cCount += count;
        cLines++;
      } else {
        if (chain.length < n) chain = new Int32Array(bounds.length);
        chain.set(bounds.subarray(0, n));
        cPlus = plus;
        cCount = count;
        cN = n;
        cLines = 1;
        cFirst = n / 2;
      }
      if (lineA.length < n) lineA = new Int32Array(bounds.length);
      lineA.set(bounds.subarray(0, n));
      aPlus = plus;
      aCount = count;
      aN = n;
    }
    nextLine = next;
    i = Math.max(j, i + 1);
  }
  return bridges === undefined ? runs : runs.concat(bridges);
}

/**
 * Where an ellipsis between groups ends ("720 ... 293", "720…293", spaces optional), or -1: a
 * trailing-off pause people put between the groups of a number, longer than the other separators.
 */
function ellipsisEnd(text: string, j: number): number {
  let k = j;
  if (text.charCodeAt(k) === 32) k++;
  const dots = k;
  if (text.charCodeAt(k) === 0x2026) k++;
  else while (k < text.length && k - dots < 3 && text.charCodeAt(k) === 46) k++;
  if (k - dots < (text.charCodeAt(dots) === 0x2026 ? 1 : 2)) return -1;
  if (text.charCodeAt(k) === 32) k++;
  return k;
}

/** Lines a number written one digit per line may take. */
const MAX_COLUMN = 15;

/**
 * A number written one digit per line ("7\n2\n0\n6..."): the single digit at `i` is alone on its line
 * (spaces around it allowed) and so are the digits of the lines after it, `minDigits` of them or
 * more. The end of the last digit, or -1. Only lines that hold one digit and nothing else count.
 */
function columnEnd(text: string, i: number, minDigits: number): number {
  if (!lineStartBefore(text, i) || loneDigitLineBefore(text, i)) return -1;
  let q = i;
  let digits = 1;
  for (;;) {
    const next = nextColumnDigit(text, q + 1);
    if (next < 0) break;
    if (digits === MAX_COLUMN) return -1; // a long column of figures, not a number
    q = next;
    digits++;
  }
  if (digits < minDigits) return -1;
  // The last digit ends its line too.
  const k = blanksAfter(text, q + 1);
  return k >= text.length || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 ? q + 1 : -1;
}

/** The first index from `k` on that is not a space or tab. */
function blanksAfter(text: string, k: number): number {
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  return k;
}

/** The last index from `k` back that is not a space or tab (-1: none). */
function blanksBefore(text: string, k: number): number {
  while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
  return k;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Whether only spaces stand between the line start (or text start) and `i`. */
function lineStartBefore(text: string, i: number): boolean {
  const k = blanksBefore(text, i - 1);
  return k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
}

/** Whether the line before the one of `i` (which starts with spaces then `i`) is one lone digit. */
function loneDigitLineBefore(text: string, i: number): boolean {
  let k = blanksBefore(text, i - 1);
  if (text.charCodeAt(k) === 10) k--;
  if (text.charCodeAt(k) === 13) k--;
  k = blanksBefore(text, k);
  return k >= 0 && isDigit(text.charCodeAt(k)) && lineStartBefore(text, k);
}

/**
 * After a digit ending at `from`: spaces, one line break (\n or \r\n), spaces, then a single digit
 * alone on its line. That digit's index, or -1.
 */
function nextColumnDigit(text: string, from: number): number {
  let k = blanksAfter(text, from);
  if (text.charCodeAt(k) === 13) k++;
  if (text.charCodeAt(k) !== 10) return -1;
  k = blanksAfter(text, k + 1);
  if (!isDigit(text.charCodeAt(k))) return -1;
  const c = text.charCodeAt(k + 1);
  return Number.isNaN(c) || c === 10 || c === 13 || isBlank(c) ? k : -1;
}

/** Where the digits after `end` start when only separators and one line break stand between, or -1. */
function nextLineStart(text: string, end: number): number {
  let k = end;
  while (k < text.length && k - end <= MAX_SEP) {
    const c = text.charCodeAt(k);
    if (isSep(c) || c === 10 || c === 13) k++;
    else break;
  }
  if (k - end > MAX_SEP || k >= text.length || !isDigit(text.charCodeAt(k))) return -1;
  return lineBreak(text, end, k) >= 0 ? k : -1;
}
