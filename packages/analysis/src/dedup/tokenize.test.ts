import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compatibilityFold, hashTokens, NUMBER_TOKEN, prepareText } from './tokenize.ts';

function tokens(text: string): number[] {
  const out = new Uint32Array(256);
  return [...out.subarray(0, hashTokens(prepareText(text), out))];
}

describe('hashTokens', () => {
  it('splits words of any script and drops punctuation', () => {
    expect(tokens('Hello, world!')).toHaveLength(2);
    expect(tokens('Привіт, світ!')).toHaveLength(2);
    expect(tokens('Γειά σου κόσμε')).toHaveLength(3);
    expect(tokens('...!!! ---')).toEqual([]);
  });

  it('folds case and compatibility forms', () => {
    expect(tokens('HELLO Ｗｏｒｌｄ')).toEqual(tokens('hello world'));
    expect(tokens('ΑΝΝΑ')).toEqual(tokens('αννα'));
  });

  it('collapses every number, whatever its digits or grouping, to one token', () => {
    expect(tokens('+48 123 456 789')).toEqual([NUMBER_TOKEN]);
    expect(tokens('call 0049-170-1234567 now')).toEqual(tokens('call 555 12 34 now'));
    expect(tokens('100€ for 1h')).toEqual(tokens('250€ for 2h'));
  });

  it('keeps each emoji as a token and skips joiners and skin tones', () => {
    expect(tokens('💋💋')).toHaveLength(2);
    expect(tokens('hi 👍🏽')).toEqual(tokens('hi 👍'));
    expect(tokens('❤️ love')).toEqual(tokens('❤ love'));
    expect(tokens('💋')).not.toEqual(tokens('🔥'));
  });

  it('distinguishes different words', () => {
    expect(tokens('anna')).not.toEqual(tokens('maria'));
    expect(tokens('анна')).not.toEqual(tokens('anna'));
  });

  it('folds case itself, so the text need not be lower-cased first', () => {
    const out = new Uint32Array(64);
    for (const text of ['HELLO Ｗｏｒｌｄ', 'ΑΝΝΑ ΟΔΟΣ', 'Привіт ОЛЕНА', 'Kraków ŁÓDŹ 💋']) {
      const folded = [...out.subarray(0, hashTokens(compatibilityFold(text), out))];
      expect(folded).toEqual(tokens(text));
    }
    expect(tokens('οδος')).toEqual(tokens('ΟΔΟΣ'));
  });

  it('never overruns its buffer and never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const out = new Uint32Array(8);
        const n = hashTokens(prepareText(text), out);
        expect(n).toBeLessThanOrEqual(8);
      }),
    );
  });
});

describe('prepareText', () => {
  it('equals NFKC + lower case for every single code point up to U+1FFFF', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `a${String.fromCodePoint(cp)}b`;
      if (prepareText(text) !== text.normalize('NFKC').toLowerCase()) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('equals NFKC + lower case on any text (the fast path never changes the result)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(prepareText(text)).toBe(text.normalize('NFKC').toLowerCase());
      }),
      { numRuns: 2000 },
    );
    for (const text of ['Ｗｏｒｌｄ …', 'ﬁne', 'Ελένη ΐ ; ·', 'Олена й', '💋❤️‍🔥 x²', 'é', '🄀', 'Ĳ', '🇺🇦']) {
      expect(prepareText(text)).toBe(text.normalize('NFKC').toLowerCase());
    }
  });
});
