import { describe, expect, it } from 'vitest';
import { fold, tokenize, tokenKeys } from './tokenize.ts';

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
});
