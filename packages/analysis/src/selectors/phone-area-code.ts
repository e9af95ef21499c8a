import { amountAfter, rejectAfter, rejectBefore } from './phone-context.ts';

/**
 * "area code 702 then 812-5590": the area code named and written apart from the local number,
 * with a few words between, so that no run of digits holds the whole number (an evasion of
 * number filters). Read only where the text says "area code"; the caller validates the digits.
 */

/** A candidate in the digit view: the area code's start, the local number's end, all digits. */
export interface AreaCodeCandidate {
  start: number;
  end: number;
  digits: string;
}

/** What may stand between the cue and the area code, and between it and the local number. */
const MAX_GAP_CUE = 6;
const MAX_GAP_LOCAL = 20;
/** Words allowed between the area code and the local number ("then", "and the rest"). */
const MAX_WORDS = 3;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Spaces and punctuation (not a line break): what may stand between the cue and the area code. */
const isGap = (c: number): boolean =>
  c === 32 || c === 9 || c === 58 || c === 40 || c === 45 || c === 35 || c === 46;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The end of the cue "area code" / "area-code" / "areacode" starting at `i`, or -1. */
function cueEnd(text: string, i: number): number {
  let k = i + 4;
  if (text[k] === ' ' || text[k] === '-') k++;
  return text.startsWith('code', k) && !isLetter(text.charCodeAt(k + 4)) && !isLetter(text.charCodeAt(i - 1))
    ? k + 4
    : -1;
}

/**
 * Whether the digit view `text` may hold a cue: "area" before "code". A search for "code" costs
 * half of one for "area" ('a' is far more frequent than 'c'), and most texts have neither.
 */
export function mayHaveAreaCode(text: string): boolean {
  for (let k = text.indexOf('code', 4); k >= 0; k = text.indexOf('code', k + 4)) {
    if (text.startsWith('area', k - 4)) return true;
    const c = text.charCodeAt(k - 1);
    if ((c === 32 || c === 45) && text.startsWith('area', k - 5)) return true;
  }
  return false;
}

/** Every "area code NNN ... local number" of the digit view `text` (lower case). */
export function areaCodeCandidates(text: string): AreaCodeCandidate[] {
  const out: AreaCodeCandidate[] = [];
  for (let i = text.indexOf('area'); i >= 0; i = text.indexOf('area', i + 4)) {
    const cue = cueEnd(text, i);
    if (cue < 0) continue;
    // The area code: 2 to 5 digits right after the cue, behind punctuation or "is" only.
    let a = text.startsWith(' is ', cue) ? cue + 3 : cue;
    while (a < text.length && a - cue < MAX_GAP_CUE && isGap(text.charCodeAt(a))) a++;
    let ae = a;
    while (ae < text.length && isDigit(text.charCodeAt(ae))) ae++;
    if (ae - a < 2 || ae - a > 5) continue;
    // Then a few words or punctuation, and the local number: digits with spaces, '-' or '.'.
    let l = ae;
    let words = 0;
    while (l < text.length && l - ae <= MAX_GAP_LOCAL && !isDigit(text.charCodeAt(l)) && text[l] !== '\n') {
      if (isLetter(text.charCodeAt(l)) && !isLetter(text.charCodeAt(l - 1))) words++;
      l++;
    }
    if (words > MAX_WORDS || l >= text.length || !isDigit(text.charCodeAt(l))) continue;
    let digits = text.slice(a, ae);
    let end = l;
    let groups = 0;
    for (let k = l; k < text.length && groups < 3; ) {
      let ge = k;
      while (ge < text.length && isDigit(text.charCodeAt(ge))) ge++;
      digits += text.slice(k, ge);
      end = ge;
      groups++;
      const s = text[ge];
      if ((s !== ' ' && s !== '-' && s !== '.') || !isDigit(text.charCodeAt(ge + 1))) break;
      k = ge + 1;
    }
    const local = digits.length - (ae - a);
    if (local < 6 || local > 8 || isDigit(text.charCodeAt(end))) continue;
    if (rejectBefore(text, l) !== null || rejectAfter(text, end) !== null || amountAfter(text, end)) continue;
    out.push({ start: a, end, digits });
  }
  return out;
}
