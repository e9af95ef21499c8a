import type { IndicatorMatch } from '../types.ts';
import { LEXICONS } from './lexicons.ts';
import { compileMatcher, dedupeMatches } from './matcher.ts';
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
  const primary = primaryLanguages(detected);
  const order = [...primary, ...LEXICON_LANGUAGES.filter((l) => !primary.includes(l))];
  const raw = MATCHER.matchTokens(text, tokenizeShared(text), order);
  const others = new Map<string, { ids: Set<string>; phrase: boolean }>();
  for (const m of raw) {
    if (primary.includes(m.lang)) continue;
    const e = others.get(m.lang) ?? { ids: new Set<string>(), phrase: false };
    e.ids.add(m.id);
    if (/[^\p{L}\p{M}\p{N}]/u.test(m.match)) e.phrase = true;
    others.set(m.lang, e);
  }
  const accepted = new Set(primary);
  for (const [lang, e] of others) if (e.ids.size >= 2 && e.phrase) accepted.add(lang);
  return dedupeMatches(
    raw.filter((m) => accepted.has(m.lang)),
    order,
  );
};
