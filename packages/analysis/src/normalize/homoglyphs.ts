import { classAt, isLetterNumberMark, widthAt } from './letter-class.ts';

/**
 * Look-alike letters across Latin, Cyrillic and Greek. Obfuscators mix scripts inside one word
 * ("сash" with a Cyrillic с, "приvет") to dodge keyword filters; within a mixed word we map the
 * minority script's look-alikes to the dominant script. Replacements are one character for one,
 * so offsets do not move. Input is already lower-cased.
 */

const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
};
const LAT_TO_CYR: Record<string, string> = {
  a: 'а',
  b: 'в',
  e: 'е',
  k: 'к',
  m: 'м',
  h: 'н',
  o: 'о',
  p: 'р',
  c: 'с',
  t: 'т',
  y: 'у',
  x: 'х',
  i: 'і',
};
const GRK_TO_LAT: Record<string, string> = {
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ς: 's',
};
const LAT_TO_GRK: Record<string, string> = {
  a: 'α',
  b: 'β',
  e: 'ε',
  i: 'ι',
  k: 'κ',
  v: 'ν',
  o: 'ο',
  p: 'ρ',
  t: 'τ',
  u: 'υ',
  x: 'χ',
};

type Script = 0 | 1 | 2; // Latin, Cyrillic, Greek

/** Latin (a-z and Latin-1 to Extended-B), Cyrillic or Greek, by code unit; -1 for anything else. */
export function scriptOf(cu: number): Script | -1 {
  if ((cu >= 0x61 && cu <= 0x7a) || (cu >= 0xdf && cu <= 0x24f)) return 0;
  if (cu >= 0x400 && cu <= 0x52f) return 1;
  if (cu >= 0x370 && cu <= 0x3ff) return 2;
  return -1;
}

const AMBIGUOUS = new Set([
  ...Object.keys(CYR_TO_LAT),
  ...Object.keys(LAT_TO_CYR),
  ...Object.keys(GRK_TO_LAT),
  ...Object.keys(LAT_TO_GRK),
]);

function mapTo(target: Script, ch: string, from: Script): string {
  if (from === target) return ch;
  if (target === 0) return (from === 1 ? CYR_TO_LAT[ch] : GRK_TO_LAT[ch]) ?? ch;
  // Greek <-> Cyrillic goes through the Latin look-alike.
  const lat = from === 0 ? ch : from === 1 ? CYR_TO_LAT[ch] : GRK_TO_LAT[ch];
  if (lat === undefined) return ch;
  return (target === 1 ? LAT_TO_CYR[lat] : LAT_TO_GRK[lat]) ?? ch;
}

/** Re-script one mixed word; returns it unchanged when it uses a single script. */
export function fixWord(word: string): string {
  const unamb = [0, 0, 0];
  const total = [0, 0, 0];
  let scripts = 0;
  for (let i = 0; i < word.length; i++) {
    const s = scriptOf(word.charCodeAt(i));
    if (s < 0) continue;
    scripts |= 1 << s;
    total[s]!++;
    if (!AMBIGUOUS.has(word[i]!)) unamb[s]!++;
  }
  if (scripts === 1 || scripts === 2 || scripts === 4 || scripts === 0) return word;
  let target: Script = 0;
  for (const s of [1, 2] as const) {
    if (unamb[s]! > unamb[target]! || (unamb[s] === unamb[target] && total[s]! > total[target]!)) target = s;
  }
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const s = scriptOf(word.charCodeAt(i));
    // A letter carrying a combining mark is left alone: re-scripting it could make it composable,
    // and normalisation would then not be idempotent.
    const marked = i + 1 < word.length && MARK.test(word[i + 1]!);
    out += s < 0 || marked ? ch : mapTo(target, ch, s as Script);
  }
  return out;
}

const CYRILLIC = /[\u0400-\u052f]/;
const GREEK = /[\u0370-\u03ff]/;
const LATIN = /[a-z]/;
const MARK = /\p{M}/u;

/** Fix every mixed-script word of a lower-cased text (same length out). */
export function fixHomoglyphs(text: string): string {
  const scripts = (LATIN.test(text) ? 1 : 0) + (CYRILLIC.test(text) ? 1 : 0) + (GREEK.test(text) ? 1 : 0);
  if (scripts < 2) return text;
  // Words as /[\p{L}\p{M}]+/gu finds them; only those mixing scripts go to fixWord.
  let out = '';
  let from = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (classAt(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    let mask = 0;
    while (i < n && classAt(text, i) !== 0) {
      const sc = scriptOf(text.charCodeAt(i));
      if (sc >= 0) mask |= 1 << sc;
      i += widthAt(text, i);
    }
    if ((mask & (mask - 1)) === 0) continue;
    const fixed = fixWord(text.slice(start, i));
    out += text.slice(from, start) + fixed;
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}

const NUMERIC_HINT = /[0-9][oliоοі]|[oliоοі][0-9]/;

/** "1oo%" -> "100%": O/o read as 0 and l/I as 1 inside a token that is otherwise digits. */
export function fixNumericLookalikes(text: string): string {
  if (!NUMERIC_HINT.test(text)) return text;
  // Tokens as /(?<![\p{L}\p{N}\p{M}])[0-9oliоοі]*[0-9][0-9oliоοі]*(?![\p{L}\p{N}\p{M}])/gu finds
  // them: every unit of the set is a letter or digit, so a token is a whole run of the set.
  let out = '';
  let from = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (numericUnit(text.charCodeAt(i)) === 0) {
      i++;
      continue;
    }
    const start = i;
    let digits = false;
    for (let u = numericUnit(text.charCodeAt(i)); u !== 0; u = numericUnit(text.charCodeAt(++i)))
      if (u === DIGIT) digits = true;
    if (!digits || i - start < 2 || wordBefore(text, start) || wordAt(text, i)) continue;
    out += text.slice(from, start);
    for (let k = start; k < i; k++) out += DIGIT_OF[text[k]!] ?? text[k];
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}

const DIGIT = 1;
const LOOKALIKE = 2;
const DIGIT_OF: Record<string, string> = { l: '1', i: '1', і: '1', o: '0', о: '0', ο: '0' };

/** DIGIT for [0-9], LOOKALIKE for o l i о ο і, else 0 (NaN past the end included). */
function numericUnit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  return c === 0x6f || c === 0x6c || c === 0x69 || c === 0x43e || c === 0x3bf || c === 0x456 ? LOOKALIKE : 0;
}

/** Whether the code point that ends right before `i` is a letter, digit or mark. */
function wordBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const lo = text.charCodeAt(i - 1);
  const start = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 && isHigh(text.charCodeAt(i - 2)) ? i - 2 : i - 1;
  return isLetterNumberMark(text, start);
}

/** Whether the code point at `i` is a letter, digit or mark (false at the end). */
function wordAt(text: string, i: number): boolean {
  return i < text.length && isLetterNumberMark(text, i);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
