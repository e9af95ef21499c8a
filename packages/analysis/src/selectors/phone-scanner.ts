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

/** All digit runs with at least `minDigits` digits. */
export function scanDigitRuns(text: string, minDigits = 7): DigitRun[] {
  const runs: DigitRun[] = [];
  const len = text.length;
  let i = 0;
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
      if (k - j > MAX_SEP || k >= len || !isDigit(text.charCodeAt(k)) || count > MAX_RUN_DIGITS) break;
      j = k;
    }
    if (count >= minDigits) {
      const groups: DigitGroup[] = [];
      for (let q = 0; q < n; q += 2) {
        const gs = bounds[q]!;
        const ge = bounds[q + 1]!;
        groups.push({ start: gs, end: ge, digits: text.slice(gs, ge) });
      }
      runs.push({ plus, groups, end: bounds[n - 1]! });
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}
