import type { IndicatorMatch } from '../types.ts';
import { LEXICONS } from './lexicons.ts';
import { compileMatcher, MAX_MATCHES } from './matcher.ts';
import { tokenizeShared } from './tokenize.ts';

/** All lexicons compiled once, at import. */
export const MATCHER = compileMatcher(LEXICONS);

/** Languages that have a lexicon. */
export const LEXICON_LANGUAGES: readonly string[] = MATCHER.langs;

/**
 * Match the lexicons of `langs` on `text`, which must already be normalised lower-case text;
 * offsets are into `text`. Safe on any string.
 */
export const matchIndicators = (text: string, langs: readonly string[]): IndicatorMatch[] =>
  typeof text === 'string' ? MATCHER.match(text, langs) : [];

/** Languages mixed so often that each item in one is also matched with the other. */
const COMPANIONS: Record<string, string[]> = { uk: ['ru'], ru: ['uk'] };

/**
 * The languages always matched for an item: the detected one, English (the lingua franca of ads,
 * with its escort jargon) and the usual companion (Russian with Ukrainian and back).
 */
export const primaryLanguages = (detected: string | undefined): string[] => {
  const out: string[] = [];
  const add = (l: string): void => {
    if (!out.includes(l)) out.push(l);
  };
  if (detected) add(detected);
  for (const c of COMPANIONS[detected ?? ''] ?? []) add(c);
  add('en');
  return out;
};

interface LanguageRule {
  /** The primary languages as a MATCHER mask. */
  primaryMask: number;
  /** Rank of each lexicon language for ties: the primary ones in their order, then the others in lexicon order. */
  rankOfLang: number[];
}
const RULES = new Map<string | undefined, LanguageRule>();

/** The language rule for a detected language, worked out once per language. */
const languageRule = (detected: string | undefined): LanguageRule => {
  let rule = RULES.get(detected);
  if (rule) return rule;
  const primary = primaryLanguages(detected);
  const rankOfLang: number[] = [];
  let next = primary.length;
  for (const l of LEXICON_LANGUAGES) {
    const r = primary.indexOf(l);
    rankOfLang.push(r >= 0 ? r : next++);
  }
  rule = { primaryMask: MATCHER.maskOf(primary), rankOfLang };
  // Bounded: `detected` is whatever a caller passes (an item's own `lang`).
  if (RULES.size < 256) RULES.set(detected, rule);
  return rule;
};

/** Every lexicon language, for the raw pass of `findIndicators`. */
const ALL_LANGS = MATCHER.maskOf(LEXICON_LANGUAGES);
/** Per lexicon language: the first indicator counter seen, whether a second one was, and a phrase. */
const firstId = new Int32Array(LEXICON_LANGUAGES.length);
const secondId = new Uint8Array(LEXICON_LANGUAGES.length);
const phrase = new Uint8Array(LEXICON_LANGUAGES.length);
/** Scratch list of the raw matches of accepted languages (typed: emptying a JS array frees its store). */
const keep = new Int32Array(MAX_MATCHES);

/**
 * Indicators of an item with the language rule of the pipeline: every primary language, plus any
 * other lexicon language that gives real evidence of being present in the text: two different
 * indicators of it, at least one of them a multi-word phrase. Single words, and even one short
 * phrase, are too often homographs across languages ("gift" is poison in German, "fete" girls in
 * Romanian, Danish "offer for" is "victim of" but English "job offer for"). Catches a Polish lure
 * ("praca za granicą, bez doświadczenia") pasted into an ad detected as English.
 */
export const findIndicators = (text: string, detected: string | undefined): IndicatorMatch[] => {
  if (typeof text !== 'string' || text.length === 0) return [];
  const { primaryMask, rankOfLang } = languageRule(detected);
  return MATCHER.dedupe(text, keep, acceptedMatches(text, primaryMask), rankOfLang);
};

/**
 * The indicators `findIndicators` finds, as raw matches rather than objects: their number, with
 * their indices first in `MATCHER.survivors` and the matches in `MATCHER.raw` (scratch: valid
 * until the next call). For a caller that keeps only the indicator and offsets of each match.
 */
export const findIndicatorsRaw = (text: string, detected: string | undefined): number => {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const { primaryMask, rankOfLang } = languageRule(detected);
  return MATCHER.dedupeRaw(keep, acceptedMatches(text, primaryMask), rankOfLang);
};

/** Raw matches of every language in `text`, the accepted ones listed first in `keep`: their number. */
const acceptedMatches = (text: string, primaryMask: number): number => {
  const tokens = tokenizeShared(text);
  const raw = MATCHER.matchRaw(text, tokens, ALL_LANGS);
  const infos = MATCHER.indicators;
  firstId.fill(-1);
  secondId.fill(0);
  phrase.fill(0);
  for (let k = 0; k < raw.count; k++) {
    const info = infos[raw.info[k]!]!;
    const l = info.langIndex;
    if ((primaryMask >> l) & 1) continue;
    if (firstId[l] === -1) firstId[l] = info.counter;
    else if (firstId[l] !== info.counter) secondId[l] = 1;
    // A phrase: more than one token, or an emoji (the text of either has a non-word character).
    if (raw.last[k]! > raw.first[k]! || tokens.emoji[raw.first[k]!] === 1) phrase[l] = 1;
  }
  let accepted = primaryMask;
  for (let l = 0; l < LEXICON_LANGUAGES.length; l++) if (secondId[l] && phrase[l]) accepted |= 1 << l;
  let n = 0;
  for (let k = 0; k < raw.count; k++) if ((accepted >> infos[raw.info[k]!]!.langIndex) & 1) keep[n++] = k;
  return n;
};
