import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, hashKey, keysOf, tokenize, tokenizeShared, tokenKeys } from './tokenize.ts';

const keys = (text: string): string[] => tokenKeys(tokenize(text));

describe('tokenize', () => {
  it('splits on punctuation and keeps Cyrillic, Greek and accented words whole', () => {
    expect(keys('Робота для жінок, Ελληνικά κορίτσια; praca-dla kobiet!')).toEqual([
      'робота',
      'для',
      'жінок',
      'ελληνικα',
      'κοριτσια',
      'praca',
      'dla',
      'kobiet',
    ]);
  });

  it('folds case and diacritics but reports offsets into the input', () => {
    const text = 'Pracă ŁÓDŹ ёлка ς';
    const t = tokenize(text);
    expect(tokenKeys(t)).toEqual(['praca', 'lodz', 'елка', 'σ']);
    expect(text.slice(t.starts[1]!, t.ends[1]!)).toBe('ŁÓDŹ');
  });

  it('makes each emoji a token and ignores skin tones, variation selectors and ZWJ', () => {
    const text = 'hi 👧🏼🍒 🚫️👮‍♀️ ok';
    expect(keys(text)).toEqual(['hi', '👧', '🍒', '🚫', '👮', '♀', 'ok']);
  });

  it('treats decomposed accents as part of the word', () => {
    expect(fold('pra\u0301ca')).toBe('praca');
    expect(keys('pra\u0301ca dla')).toEqual(['praca', 'dla']);
  });

  it('survives lone surrogates and control characters', () => {
    expect(keys('a\ud800b\u0000c\udc00')).toEqual(['a', 'b', 'c']);
  });

  it('cuts keys of very long tokens at 64 characters but keeps the whole token span', () => {
    const text = `a${'b'.repeat(100)} c`;
    const t = tokenize(text);
    expect(tokenKeys(t)).toEqual([`a${'b'.repeat(63)}`, 'c']);
    expect(t.ends[0]).toBe(101);
  });

  const texts = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc
      .array(
        fc.constantFrom(
          'Łódź',
          'ß',
          'ΣΟΦΙΑ',
          'дівчина',
          '👧🏼',
          '🍒',
          'e\u0301',
          '\ud800',
          ' ',
          '-',
          '24.7',
          'x'.repeat(70),
        ),
      )
      .map((w) => w.join('')),
  );

  it('compiles pattern words (keysOf) exactly as it tokenises texts', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(keysOf(s)).toEqual(tokenKeys(tokenize(s)));
      }),
      { numRuns: 500 },
    );
  });

  it('hashes each key as hashKey does, and the shared tokens equal fresh ones', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const fresh = tokenize(s);
        const keys = tokenKeys(fresh);
        expect(Array.from(fresh.hashes.subarray(0, fresh.count))).toEqual(keys.map(hashKey));
        const shared = tokenizeShared(s);
        expect(tokenKeys(shared)).toEqual(keys);
        expect(Array.from(shared.starts.subarray(0, shared.count))).toEqual(
          Array.from(fresh.starts.subarray(0, fresh.count)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
