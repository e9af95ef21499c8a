import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FuzzyIndex } from './fuzzy-index.ts';
import { canonicalName, handleKeys, nameVariants } from './fuzzy-normalize.ts';
import { DEFAULT_FUZZY_THRESHOLD, handleScore, nameScore } from './fuzzy-score.ts';
import { latinVariants, transliterate } from './transliterate.ts';
import { trigramSimilarity, trigrams } from './trigram.ts';

describe('transliterate', () => {
  it('follows the Ukrainian national system', () => {
    expect(transliterate('олександр', 'uk')).toBe('oleksandr');
    expect(transliterate('юлія ігнатенко', 'uk')).toBe('yuliia ihnatenko');
    expect(transliterate('згорани', 'uk')).toBe('zghorany');
    expect(transliterate('їжакевич', 'uk')).toBe('yizhakevych');
    expect(transliterate('мар’яна', 'uk')).toBe('mariana');
  });

  it('follows Russian BGN/PCGN and ICAO', () => {
    expect(transliterate('александр', 'ru-bgn')).toBe('aleksandr');
    expect(transliterate('сергей', 'ru-bgn')).toBe('sergey');
    expect(transliterate('сергей', 'ru-icao')).toBe('sergei');
    expect(transliterate('елена', 'ru-bgn')).toBe('yelena');
    expect(transliterate('юлия', 'ru-icao')).toBe('iuliia');
  });

  it('leaves Latin text alone and never throws', () => {
    expect(latinVariants('anna')).toEqual(['anna']);
    fc.assert(fc.property(fc.string(), (s) => void latinVariants(s.toLowerCase())));
  });
});

describe('name normalisation', () => {
  it('folds case, Latin diacritics and separators but keeps Cyrillic letters', () => {
    expect(canonicalName('  José  MÜLLER-Łukasz ')).toBe('jose muller lukasz');
    expect(canonicalName('Андрій Йосипенко')).toBe('андрій йосипенко');
    expect(canonicalName("O'Neil")).toBe('oneil');
  });

  it('gives Олександр both its Ukrainian and Russian Latin forms', () => {
    const v = nameVariants('Олександр Петренко');
    expect(v).toContain('oleksandr petrenko');
    expect(v).toContain('aleksandr petrenko');
  });
});

describe('fuzzy scores', () => {
  it('scores the same name across scripts high, and unrelated names low', () => {
    expect(nameScore('Олександр Петренко', 'Oleksandr Petrenko').score).toBeGreaterThan(0.9);
    expect(nameScore('Александр Петренко', 'Oleksandr Petrenko').score).toBeGreaterThan(0.9);
    expect(nameScore('Юлія Коваленко', 'Yulia Kovalenko').score).toBeGreaterThan(0.8);
    expect(nameScore('Anna Nowak', 'anna nowak').score).toBe(1);
    expect(nameScore('Oleksandr Petrenko', 'Maria Schmidt').score).toBeLessThan(0.2);
  });

  it('ranks exact above fuzzy and a typo above a different name', () => {
    const typo = nameScore('Oleksandr Petrenko', 'Oleksander Petrenko').score;
    const other = nameScore('Oleksandr Petrenko', 'Oleksandr Ivanenko').score;
    expect(typo).toBeLessThan(1);
    expect(typo).toBeGreaterThan(other);
  });

  it('matches handles through separators and digit/letter swaps, weaker than exact', () => {
    expect(handleScore('@Katya_Love', 'katya_love').score).toBe(1);
    const sep = handleScore('katya.love', 'katya_love').score;
    const leet = handleScore('k4tya_l0ve', 'katya_love');
    expect(sep).toBeGreaterThan(leet.score);
    expect(leet.via).toBe('folded');
    expect(leet.score).toBeGreaterThanOrEqual(DEFAULT_FUZZY_THRESHOLD);
    expect(handleScore('telegram:katyalove', 'katyalove').score).toBeGreaterThan(0.9);
    expect(handleScore('катя_лав', 'katya_lav').score).toBeGreaterThan(0.5);
    expect(handleScore('katya_love', 'boris1985').score).toBeLessThan(0.2);
    expect(handleKeys('K4TYA').folded).toEqual(['katya']);
  });

  it('scores are symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        for (const f of [nameScore, handleScore]) {
          const s = f(a, b).score;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          expect(f(b, a).score).toBeCloseTo(s, 10);
        }
      }),
    );
  });
});

describe('trigrams', () => {
  it('pads words like pg_trgm', () => {
    expect([...trigrams('cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(trigramSimilarity('word', 'word')).toBe(1);
    expect(trigramSimilarity('', 'x')).toBe(0);
  });
});

describe('FuzzyIndex', () => {
  it('finds names across scripts and ranks the closest first', () => {
    const index = new FuzzyIndex<string>('name');
    for (const n of ['Oleksandr Petrenko', 'Olena Petrenko', 'Maria Schmidt', 'Іван Франко']) index.add(n, n);
    const hits = index.search('Александр Петренко');
    expect(hits[0]?.entry).toBe('Oleksandr Petrenko');
    expect(hits.map((h) => h.entry)).not.toContain('Maria Schmidt');
    expect(index.search('Ivan Franko')[0]?.entry).toBe('Іван Франко');
    expect(index.search('zzzz')).toEqual([]);
  });
});
