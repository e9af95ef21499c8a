import { describe, expect, it } from 'vitest';
import { validateLexicon } from './lexicon-schema.ts';
import { LEXICONS } from './lexicons.ts';
import { compileMatcher } from './matcher.ts';

const good = () => ({
  lang: 'de',
  version: '2026.11.1',
  indicators: [
    { id: 'de.a.b', category: 'movement', weight: 1, patterns: ['neu in der stadt'], note: 'why' },
  ],
});

describe('validateLexicon', () => {
  it('accepts a well-formed file', () => {
    expect(validateLexicon(good(), 'de.json').indicators).toHaveLength(1);
  });

  it.each([
    [
      'unknown category',
      (d: ReturnType<typeof good>) => Object.assign(d.indicators[0]!, { category: 'nope' }),
      /de\.json \[de\.a\.b\]: unknown category/,
    ],
    [
      'bad weight',
      (d: ReturnType<typeof good>) => Object.assign(d.indicators[0]!, { weight: 'high' }),
      /de\.json \[de\.a\.b\]: "weight"/,
    ],
    [
      'negative weight outside protective',
      (d: ReturnType<typeof good>) => Object.assign(d.indicators[0]!, { weight: -3 }),
      /\[de\.a\.b\]: only protective/,
    ],
    [
      'upper-case pattern',
      (d: ReturnType<typeof good>) => Object.assign(d.indicators[0]!, { patterns: ['Neu'] }),
      /\[de\.a\.b\]: pattern "Neu" must be lower case/,
    ],
    [
      'missing note',
      (d: ReturnType<typeof good>) => Object.assign(d.indicators[0]!, { note: '' }),
      /\[de\.a\.b\]: "note"/,
    ],
    [
      'empty patterns',
      (d: ReturnType<typeof good>) => Object.assign(d.indicators[0]!, { patterns: [] }),
      /\[de\.a\.b\]: "patterns"/,
    ],
    [
      'foreign id',
      (d: ReturnType<typeof good>) => Object.assign(d.indicators[0]!, { id: 'en.a.b' }),
      /\[en\.a\.b\]: "id" must start with "de\."/,
    ],
    [
      'duplicate id',
      (d: ReturnType<typeof good>) => d.indicators.push({ ...d.indicators[0]! }),
      /\[de\.a\.b\]: duplicate id/,
    ],
    [
      'bad version',
      (d: ReturnType<typeof good>) => Object.assign(d, { version: 'v1' }),
      /de\.json: "version"/,
    ],
  ])('rejects %s with a message naming file and id', (_name, mutate, message) => {
    const d = good();
    mutate(d);
    expect(() => validateLexicon(d, 'de.json')).toThrow(message);
  });

  it('rejects a file whose lang does not match its name', () => {
    expect(() => validateLexicon(good(), 'fr.json')).toThrow(/fr\.json: "lang" is "de"/);
  });
});

describe('the shipped lexicons', () => {
  it('all validate and compile', () => {
    expect(() => compileMatcher(LEXICONS)).not.toThrow();
  });

  it.each(LEXICONS.map((l) => [l.lang, l] as const))('%s has a meaningful set of patterns', (_lang, lex) => {
    const patterns = lex.indicators.reduce((n, i) => n + i.patterns.length, 0);
    expect(patterns).toBeGreaterThanOrEqual(25);
    const categories = new Set(lex.indicators.map((i) => i.category));
    for (const c of [
      'commercial_sex_offer',
      'deceptive_recruitment',
      'abuse_of_vulnerability',
      'job_offer',
    ]) {
      expect(categories, `${lex.lang} lacks ${c}`).toContain(c);
    }
  });

  it('has globally unique ids', () => {
    const ids = LEXICONS.flatMap((l) => l.indicators.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
