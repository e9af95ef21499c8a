import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchIndicators } from './language-select.ts';
import type { Lexicon } from './lexicon-schema.ts';
import { LEXICONS } from './lexicons.ts';
import { compileMatcher } from './matcher.ts';
import { fold } from './tokenize.ts';

const lex = (lang: string, patterns: string[], category = 'youth_language' as const): Lexicon => ({
  lang,
  version: '2026.11.1',
  indicators: [{ id: `${lang}.t.x`, category, weight: 5, patterns, note: 'test' }],
});

const found = (patterns: string[], text: string): string[] =>
  compileMatcher([lex('xx', patterns)])
    .match(text, ['xx'])
    .map((m) => m.match);

describe('pattern syntax', () => {
  it('matches whole words only, also in Cyrillic and Greek', () => {
    expect(found(['дів'], 'дівчина')).toEqual([]);
    expect(found(['дівчина'], 'молода дівчина!')).toEqual(['дівчина']);
    expect(found(['κορίτσι'], 'νέο κορίτσι.')).toEqual(['κορίτσι']);
    expect(found(['teen'], 'canteen teenager teen')).toEqual(['teen']);
  });

  it('matches inflected forms through a stem with *', () => {
    expect(found(['біжен*'], 'для біженок з україни')).toEqual(['біженок']);
    expect(found(['uchodźc*'], 'pomoc dla uchodzcow')).toEqual(['uchodzcow']);
  });

  it('matches compounds through a leading *', () => {
    expect(found(['*mädchen'], 'junge schulmädchen')).toEqual(['schulmädchen']);
  });

  it('supports alternatives, optional words and skips', () => {
    expect(found(['young (girl*|lady)'], 'young ladies, young lady')).toEqual(['young lady']);
    expect(
      found(['we [will] keep your passport'], 'we keep your passport / we will keep your passport'),
    ).toEqual(['we keep your passport', 'we will keep your passport']);
    expect(found(['keep ~ passport'], 'keep your old passport; keep a b c d passport')).toEqual([
      'keep your old passport',
    ]);
  });

  it('allows flexible punctuation between words but not long gaps', () => {
    expect(found(['new in town'], 'NEW-in...town')).toEqual(['NEW-in...town']);
    expect(found(['new in town'], 'new in            town')).toEqual([]);
  });

  it('does not cut through numbers written with dots, commas or colons', () => {
    expect(found(['24 7'], 'open 24/7, from 24.7.2025')).toEqual(['24/7']);
    expect(found(['16 years'], 'aged 16 years; 1.16 years')).toEqual(['16 years']);
    expect(found(['12 hours'], '2,12 hours')).toEqual([]);
  });

  it('matches emoji and emoji sequences with modifiers between them', () => {
    expect(found(['🚫 👮'], 'call 🚫️👮‍♂️ now')).toEqual(['🚫️👮']);
    expect(found(['👧'], 'new 👧🏼')).toEqual(['👧']);
  });

  it('keeps only the languages asked for', () => {
    const m = compileMatcher([lex('aa', ['word']), lex('bb', ['word'])]);
    expect(m.match('a word', ['bb']).map((x) => x.lang)).toEqual(['bb']);
    expect(m.match('a word', [])).toEqual([]);
  });

  it('drops a match contained in a longer match of the same category', () => {
    const m = compileMatcher([lex('xx', ['young girl', 'girl'])]);
    expect(m.match('young girl', ['xx']).map((x) => x.match)).toEqual(['young girl']);
  });

  it('rejects malformed patterns naming file, id and pattern', () => {
    expect(() => compileMatcher([lex('xx', ['(a b) c'])])).toThrow(
      /xx\.json \[xx\.t\.x\]: pattern "\(a b\) c"/,
    );
    expect(() => compileMatcher([lex('xx', ['ab*'])])).toThrow(/shorter than 3/);
    expect(() => compileMatcher([lex('xx', ['~ word'])])).toThrow(/start with a required word/);
    expect(() => compileMatcher([lex('xx', ['...'])])).toThrow(/no letters/);
  });
});

describe('matchIndicators on the real lexicons (properties)', () => {
  const langs = ['en', 'de', 'uk', 'ru', 'pl', 'el'];
  const words = fc.constantFrom(
    'young',
    'girl',
    'new in town',
    'біженок',
    '🍒',
    '🚫👮',
    'praca',
    'за кордоном',
    'no experience needed',
    ' ',
    '-',
    '\ud800',
  );
  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(words).map((w) => w.join(' ')),
  );

  it('never throws, and every match is a slice of the text at its offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const m of matchIndicators(text, langs)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
          expect(text.slice(m.start, m.end)).toBe(m.match);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic and ordered by position', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const a = matchIndicators(text, langs);
        expect(matchIndicators(text, langs)).toEqual(a);
        for (let i = 1; i < a.length; i++) expect(a[i]!.start).toBeGreaterThanOrEqual(a[i - 1]!.start);
      }),
      { numRuns: 200 },
    );
  });

  it('looks for indicators in the first million characters only', () => {
    const pad = ' '.repeat(1_000_000);
    expect(matchIndicators(`young girl${pad}`, ['en'])).toHaveLength(1);
    expect(matchIndicators(`${pad}young girl`, ['en'])).toEqual([]);
  });

  it('bounds the output on a huge repetitive input', () => {
    const text = 'young girl new in town 🍒 '.repeat(200_000);
    const out = matchIndicators(text, ['en']);
    expect(out.length).toBeLessThanOrEqual(300);
  });
});

describe('word boundaries and stems in every lexicon', () => {
  const ids = (text: string, lang: string): string[] => matchIndicators(text, [lang]).map((m) => m.id);
  const plain = /^[\p{L}\p{M}]+$/u;
  it.each(LEXICONS.map((l) => [l.lang, l] as const))(
    '%s: each word matches alone, not glued into a longer word',
    (lang, lex) => {
      let checked = 0;
      for (const ind of lex.indicators) {
        const stems = ind.patterns
          .filter((p) => p.endsWith('*') && !p.includes(' '))
          .map((p) => p.slice(0, -1));
        for (const p of ind.patterns) {
          if (p.includes(' ') || /[()[\]|~]/u.test(p)) continue;
          const word = p.endsWith('*') ? p.slice(0, -1) : p;
          if (!plain.test(word)) continue; // emoji, digits and inner punctuation have their own tests
          checked++;
          expect(ids(word, lang), `${ind.id}: "${word}"`).toContain(ind.id);
          // Glued after another word part: never the same word (no pattern here starts with "zq").
          expect(ids(`zq${word}`, lang), `${ind.id}: "zq${word}"`).not.toContain(ind.id);
          if (p.endsWith('*')) {
            // A stem takes inflection endings.
            expect(ids(`${word}ami`, lang), `${ind.id}: "${word}ami"`).toContain(ind.id);
          } else if (!stems.some((s) => fold(`${word}zq`).startsWith(fold(s)))) {
            // An exact word does not match a longer word that starts with it.
            expect(ids(`${word}zq`, lang), `${ind.id}: "${word}zq"`).not.toContain(ind.id);
          }
        }
      }
      expect(checked).toBeGreaterThan(20);
    },
  );
});

describe('candidate lists of vocabulary words', () => {
  it('finds stems and tails the same in known words, in words made known later and in unknown ones', () => {
    // Compiled first, so that "massages" and "schulmädchen" become vocabulary words only after it.
    const m = compileMatcher([lex('xx', ['massag*', '*mädchen'])]);
    compileMatcher([lex('yy', ['massages', 'schulmädchen'])]);
    const text = 'massages, massagen, schulmädchen, mädchen, massag';
    expect(m.match(text, ['xx']).map((x) => x.match)).toEqual([
      'massages',
      'massagen',
      'schulmädchen',
      'mädchen',
      'massag',
    ]);
  });
});
