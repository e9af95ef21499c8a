import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixNumericLookalikes } from './homoglyphs.ts';
import { hostile } from './test-helpers.ts';

// The regex form that fixNumericLookalikes replaced with a scan.
const TOKEN = /(?<![\p{L}\p{N}\p{M}])[0-9oliоοі]*[0-9][0-9oliоοі]*(?![\p{L}\p{N}\p{M}])/gu;
const byRegex = (text: string) =>
  /[0-9][oliоοі]|[oliоοі][0-9]/.test(text)
    ? text.replace(TOKEN, (tok) =>
        tok.length < 2
          ? tok
          : tok.replace(/[oliоοі]/g, (c) => (c === 'l' || c === 'i' || c === 'і' ? '1' : '0')),
      )
    : text;

describe('fixNumericLookalikes', () => {
  it('reads o and l as digits only inside a numeric token', () => {
    expect(fixNumericLookalikes('1oo% o6l2 hello 10 lol 1o𝐚 ٣1o é1o 1o\u0301')).toBe(
      '100% 0612 hello 10 lol 1o𝐚 ٣1o é1o 1o\u0301',
    );
  });

  it('agrees with the token regex (property)', () => {
    const unit = fc.constantFrom(
      '0',
      '1',
      '7',
      'o',
      'l',
      'i',
      'о',
      'ο',
      'і',
      ' ',
      '-',
      'a',
      'é',
      '\u0301',
      '٣',
      '𝐚',
      '😀',
      '\ud835',
      '\udc1a',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(fixNumericLookalikes(text)).toBe(byRegex(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(hostile, (text) => {
        expect(fixNumericLookalikes(text)).toBe(byRegex(text));
      }),
      {
        numRuns: 2000,
      },
    );
  });
});
