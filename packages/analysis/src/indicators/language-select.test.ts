import { describe, expect, it } from 'vitest';
import { findIndicators, LEXICON_LANGUAGES, primaryLanguages } from './language-select.ts';

const langsOf = (text: string, detected: string | undefined): string[] => [
  ...new Set(findIndicators(text, detected).map((m) => m.lang)),
];

describe('language rule', () => {
  it('has a lexicon for each of the 19 languages', () => {
    expect([...LEXICON_LANGUAGES].sort()).toEqual(
      [
        'da',
        'de',
        'el',
        'en',
        'es',
        'fi',
        'fr',
        'hu',
        'lt',
        'nl',
        'pl',
        'pt',
        'ro',
        'ru',
        'sk',
        'sl',
        'sq',
        'sv',
        'uk',
      ].sort(),
    );
  });

  it('always matches the detected language, English, and Russian with Ukrainian', () => {
    expect(primaryLanguages('uk')).toEqual(['uk', 'ru', 'en']);
    expect(primaryLanguages('ru')).toEqual(['ru', 'uk', 'en']);
    expect(primaryLanguages('de')).toEqual(['de', 'en']);
    expect(primaryLanguages(undefined)).toEqual(['en']);
  });

  it('finds Russian phrases in a Ukrainian post', () => {
    const text = 'робота за кордоном для дівчат. высокая зарплата, опыт не нужен';
    expect(langsOf(text, 'uk')).toEqual(expect.arrayContaining(['uk', 'ru']));
  });

  it('adds a foreign language when two of its indicators, one a phrase, appear', () => {
    const text = 'great job for girls! praca za granicą, bez doświadczenia, call now';
    expect(langsOf(text, 'en')).toContain('pl');
  });

  it('ignores a lone foreign homograph', () => {
    // Danish "offer for" (victim of) must not turn an English "job offer for" into a help notice.
    const text = 'job offer for ukrainian women refugees, work abroad';
    const found = findIndicators(text, 'en');
    expect(found.some((m) => m.lang === 'da')).toBe(false);
    expect(found.some((m) => m.category === 'protective_context')).toBe(false);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(findIndicators('', 'en')).toEqual([]);
    expect(findIndicators(undefined as unknown as string, 'en')).toEqual([]);
  });
});
