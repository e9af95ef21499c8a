import { eld } from 'eld/small';
import { FUNCTION_WORDS } from './function-words.ts';
import { fold, type Tokens, tokenize, tokenizeShared } from './tokenize.ts';
import { VOCABULARY, vocabularyIds } from './word-table.ts';

/**
 * Language of an item, ISO 639-1, or undefined when the text gives too little to go on.
 *
 * eld costs about 0.5 µs per character (≈90 µs for a 500-character ad), which alone would use the
 * whole per-item budget of the 10,000 items/s pipeline. So we decide cheaply first and ask eld
 * only when the cheap signals disagree:
 *   1. script: Greek → el; Cyrillic → uk or ru by letters only one of them has (і ї є ґ vs ы э ъ ё);
 *   2. Latin: a vote of function words ("und", "och", "și", "że"...) over the first ~600
 *      characters, a word shared by n languages giving each 1/n; a clear winner (≥ 2.5 votes and
 *      1.6 times the runner-up) is accepted;
 *   3. otherwise eld (its static 'small' database, loaded synchronously once at import, no I/O
 *      per call) on the first 400 characters; for short texts the best function-word vote.
 */

const HEAD = 600;
const SHARED_LIMIT = 5000;
const ELD_HEAD = 400;

/** Languages of the function-word lists, in the order they are listed. */
const VOTE_LANGS = Object.keys(FUNCTION_WORDS);
/** Languages (indexes in VOTE_LANGS) of each function word, by its VOCABULARY id; undefined for other words. */
const WORD_LANGS: (number[] | undefined)[] = [];
VOTE_LANGS.forEach((lang, l) => {
  for (const w of FUNCTION_WORDS[lang]!.split(' ')) {
    const id = VOCABULARY.add(fold(w));
    while (WORD_LANGS.length <= id) WORD_LANGS.push(undefined);
    const langs = WORD_LANGS[id];
    if (langs) langs.push(l);
    else WORD_LANGS[id] = [l];
  }
});
/** A word listed for n languages gives each 1/n of a vote: shared words ("de", "en") say little. */
const WORD_WEIGHT = WORD_LANGS.map((langs) => (langs ? 1 / langs.length : 0));
/** Votes of the current call, by index in VOTE_LANGS. */
const votes = new Float64Array(VOTE_LANGS.length);

/** Script of each code unit below U+2000, for the counts below; 0 = not a letter we count. */
const LATIN = 1;
const CYRILLIC = 2;
/** Cyrillic letters only Ukrainian has (і ї є ґ, and capitals) and only Russian has (ы э ъ ё). */
const CYRILLIC_UK = 3;
const CYRILLIC_RU = 4;
const GREEK = 5;
const SCRIPT = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) SCRIPT[c] = LATIN;
  else if (c >= 0x400 && c <= 0x4ff) SCRIPT[c] = CYRILLIC;
  else if ((c >= 0x370 && c <= 0x3ff) || c >= 0x1f00) SCRIPT[c] = GREEK;
}
for (const c of [0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404]) SCRIPT[c] = CYRILLIC_UK;
for (const c of [0x44b, 0x44d, 0x44a, 0x451, 0x42b, 0x42d]) SCRIPT[c] = CYRILLIC_RU;

/**
 * The increments of `countScripts`' two sums for each unit: Latin, Greek and other Cyrillic letters
 * in bits 0, 10 and 20 of the first, the Ukrainian and Russian letters in bits 0 and 10 of the second.
 */
const COUNT_A = new Int32Array(0x2000);
const COUNT_B = new Int32Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const s = SCRIPT[c];
  if (s === LATIN) COUNT_A[c] = 1;
  else if (s === GREEK) COUNT_A[c] = 1 << 10;
  else if (s === CYRILLIC) COUNT_A[c] = 1 << 20;
  else if (s === CYRILLIC_UK) COUNT_B[c] = 1;
  else if (s === CYRILLIC_RU) COUNT_B[c] = 1 << 10;
}

/** Fewest letters of a script for which eld is asked to decide. */
const ELD_MIN_LETTERS = 20;
/** Any unit that SCRIPT counts as Greek or Cyrillic (a native regex scan beats a loop over the units). */
const GREEK_OR_CYRILLIC = /[\u0370-\u04ff\u1f00-\u1fff]/;

/**
 * Letters per script in text[0, end), indexed by the SCRIPT codes; reused from call to call. When
 * there is no Greek or Cyrillic letter, Latin letters are counted up to ELD_MIN_LETTERS only:
 * `detectLanguage` then asks only whether there are at least 2 and at least ELD_MIN_LETTERS, and
 * most texts reach that within their first words.
 */
const counts = new Int32Array(6);
const countScripts = (text: string, end: number): Int32Array => {
  counts.fill(0);
  if (!GREEK_OR_CYRILLIC.test(end === text.length ? text : text.slice(0, end))) {
    let latin = 0;
    for (let i = 0; i < end && latin < ELD_MIN_LETTERS; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x2000 && SCRIPT[c] === LATIN) latin++;
    }
    counts[LATIN] = latin;
    return counts;
  }
  // Counted in bit fields of two local sums (end <= HEAD < 1024 letters per field), not by
  // incrementing `counts` in memory, where each letter would wait for the previous one's store.
  let a = 0;
  let b = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2000) {
      a += COUNT_A[c]!;
      b += COUNT_B[c]!;
    }
  }
  counts[LATIN] = a & 1023;
  counts[GREEK] = (a >>> 10) & 1023;
  counts[CYRILLIC] = (a >>> 20) & 1023;
  counts[CYRILLIC_UK] = b & 1023;
  counts[CYRILLIC_RU] = (b >>> 10) & 1023;
  return counts;
};

/** Function-word votes per language over the given tokens, into `votes`. */
const voteLanguages = (tokens: Tokens): void => {
  votes.fill(0);
  const ids = vocabularyIds(tokens);
  for (let i = 0; i < tokens.count; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    const langs = WORD_LANGS[id];
    if (langs === undefined) continue;
    const w = WORD_WEIGHT[id]!;
    for (const l of langs) votes[l]! += w;
  }
};

/**
 * The winning language (ties broken alphabetically, for determinism), its votes and the runner-up's;
 * languages without a vote take no part.
 */
const best = (): [string | undefined, number, number] => {
  let top: string | undefined;
  let first = 0;
  for (let l = 0; l < VOTE_LANGS.length; l++) {
    const n = votes[l]!;
    const lang = VOTE_LANGS[l]!;
    if (n > first || (n === first && n > 0 && top !== undefined && lang < top)) {
      top = lang;
      first = n;
    }
  }
  let second = 0;
  for (let l = 0; l < VOTE_LANGS.length; l++)
    if (VOTE_LANGS[l] !== top && votes[l]! > second) second = votes[l]!;
  return [top, first, second];
};

const eldDetect = (text: string): string | undefined => {
  try {
    const lang = eld.detect(text.slice(0, ELD_HEAD)).language;
    return lang === '' ? undefined : lang;
  } catch {
    return undefined;
  }
};

export const detectLanguage = (text: string): string | undefined => {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const end = Math.min(text.length, HEAD);
  const n = countScripts(text, end);
  const s = {
    latin: n[LATIN]!,
    cyrillic: n[CYRILLIC]! + n[CYRILLIC_UK]! + n[CYRILLIC_RU]!,
    greek: n[GREEK]!,
    uk: n[CYRILLIC_UK]!,
    ru: n[CYRILLIC_RU]!,
  };
  const letters = s.latin + s.cyrillic + s.greek;
  if (letters < 2) return undefined;
  if (s.greek > s.latin && s.greek >= s.cyrillic) return 'el';
  if (s.cyrillic > s.latin) {
    if (s.uk > s.ru) return 'uk';
    if (s.ru > s.uk) return 'ru';
    // No telling letter: eld decides between the Cyrillic languages if there is enough text.
    const guess = s.cyrillic >= ELD_MIN_LETTERS ? eldDetect(text) : undefined;
    return guess === 'uk' || guess === 'ru' || guess === 'bg' || guess === 'sr' || guess === 'be'
      ? guess
      : 'ru';
  }
  // Ordinary items are tokenised whole (and the tokens reused by the matcher); huge ones only in part.
  const tokens = text.length <= SHARED_LIMIT ? tokenizeShared(text) : tokenize(text, end);
  voteLanguages(tokens);
  const [top, first, second] = best();
  if (top !== undefined && first >= 2.5 && first >= 1.6 * second) return top;
  if (s.latin >= ELD_MIN_LETTERS) return eldDetect(text) ?? top;
  return first > second ? top : undefined;
};
