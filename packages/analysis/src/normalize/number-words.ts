import {
  COMPOUND_UNITS,
  EXTRA_WORDS,
  HUNDRED_MULTIPLIERS,
  HUNDREDS,
  REPEATERS,
  TEENS,
  TENS,
  UNITS,
} from './number-words.data.ts';
import { WordFilter } from './word-filter.ts';

export type NumberWordKind =
  | 'unit'
  | 'teen'
  | 'tens'
  | 'compound'
  | 'hundreds'
  | 'multiplier'
  | 'repeat'
  /** Digit words glued into one word ("seveneightsix", see glued-words.ts): read digit by digit. */
  | 'glued';

export interface NumberWord {
  kind: NumberWordKind;
  value: number;
}

// Diacritic-free spellings that collide with common words in other languages.
const FOLD_STOP = new Set(['het', 'ot', 'pat', 'nic', 'tiz', 'dziesiec', 'sest']);

const DEVANAGARI = /[\u0900-\u097f]/;

function build(): Map<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  const add = (word: string, w: NumberWord) => {
    if (!word) return;
    const key = stripApostrophes(word);
    if (!map.has(key)) map.set(key, w);
    // Devanagari vowel signs are marks too, but without them a word is another word ("तीन" -> "तन").
    if (DEVANAGARI.test(key)) return;
    const folded = key.normalize('NFD').replace(/\p{M}/gu, '');
    if (folded !== key && !FOLD_STOP.has(folded) && !map.has(folded)) map.set(folded, w);
  };
  const table = (t: Record<string, string[]>, kind: NumberWordKind, value: (i: number) => number) => {
    for (const list of Object.values(t))
      list.forEach((alts, i) => {
        for (const a of alts.split('|')) add(a, { kind, value: value(i) });
      });
  };
  table(UNITS, 'unit', (i) => i);
  table(TEENS, 'teen', (i) => 10 + i);
  table(TENS, 'tens', (i) => 20 + i * 10);
  table(HUNDREDS, 'hundreds', (i) => 100 + i * 100);
  for (const [lang, { joiner, units }] of Object.entries(COMPOUND_UNITS)) {
    TENS[lang]?.forEach((alts, t) => {
      for (const tens of alts.split('|'))
        for (let u = 1; u <= 9; u++)
          for (const j of joiner) {
            const w = lang === 'en' ? `${tens}${units[u]}` : `${units[u]}${j}${tens}`;
            add(w, { kind: 'compound', value: 20 + t * 10 + u });
          }
    });
  }
  for (const [w, v] of Object.entries(EXTRA_WORDS)) add(w, { kind: 'compound', value: v });
  for (const w of HUNDRED_MULTIPLIERS) add(w, { kind: 'multiplier', value: 100 });
  for (const [w, v] of Object.entries(REPEATERS)) add(w, { kind: 'repeat', value: v });
  return map;
}

const APOSTROPHES = /['’ʼ`´]/g;

export function stripApostrophes(word: string): string {
  return word.indexOf("'") < 0 && word.indexOf('’') < 0 && word.indexOf('ʼ') < 0
    ? word
    : word.replace(APOSTROPHES, '');
}

/** All number words of all languages, keyed by lower-case spelling without apostrophes. */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = build();

export function lookupNumberWord(word: string): NumberWord | undefined {
  return NUMBER_WORDS.get(stripApostrophes(word));
}

/** The number words by first two code units and length; and the longest one: most words of a text are neither. */
const WORDS = new WordFilter([...NUMBER_WORDS.keys()].filter((w) => w.length >= 2));
let MAX_LENGTH = 0;
for (const w of NUMBER_WORDS.keys()) MAX_LENGTH = Math.max(MAX_LENGTH, w.length);
const isApostrophe = (c: number): boolean =>
  c === 39 || c === 0x2019 || c === 0x2bc || c === 96 || c === 0xb4;

function hasApostrophe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isApostrophe(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The number word text[start, end) (at least two characters) when the caller knows it has no
 * apostrophe: the filter, then the word itself as the key. Small, for word loops to inline.
 */
export function plainNumberWordAt(text: string, start: number, end: number): NumberWord | undefined {
  return end - start <= MAX_LENGTH && WORDS.mayContain(text, start, end)
    ? NUMBER_WORDS.get(text.slice(start, end))
    : undefined;
}

/** The number word text[start, end) (at least two characters), without slicing words that cannot be one. */
export function numberWordAt(
  text: string,
  start: number,
  end: number,
  /** Whether the word has an apostrophe, when the caller already knows (saves a scan). */
  apostrophe?: boolean,
): NumberWord | undefined {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  // Apostrophes are stripped before lookup ("п'ять"; "ʼ" is even a letter): no pair check then,
  // and no length check for a word that has one further on.
  if (!isApostrophe(first) && !isApostrophe(second)) {
    const more = apostrophe ?? hasApostrophe(text, start + 2, end);
    // Without apostrophes the word is its own key: no stripping.
    if (!more) return plainNumberWordAt(text, start, end);
  }
  if (end - start > 2 * MAX_LENGTH) return undefined;
  return lookupNumberWord(text.slice(start, end));
}
