import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUnit, mayStartKeyword } from './handle-keywords.ts';
import { HANDLE_SERVICES } from './handle-services.ts';
import { surveyText } from './text-survey.ts';

// What the survey replaced: one global regex per kind over the whole text.
const CRYPTO =
  /(?<![0-9A-Za-z])(?:0x[0-9a-fA-F]{40}|(?:bc1|BC1|ltc1|LTC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}|[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?|[13LMT][1-9A-HJ-NP-Za-km-z]{25,34})(?![0-9A-Za-z])/g;
const IBAN_HEAD = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g;
// findLinks restarts the trigger search at each token's end, so every position counts, even inside a match.
const TRIGGER = /(?=\.[^\s.]|:\/\/)/g;
const CRYPTO_AT = new RegExp(CRYPTO.source.replace('(?<![0-9A-Za-z])', ''), 'y');

const starts = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m.index);

const piece = fc.constantFrom(
  'bc1',
  'BC1',
  'ltc1',
  '0x',
  'T',
  'L',
  'M',
  '1',
  '3',
  '4',
  'q',
  'z',
  'abcdef',
  'ABCDEFGH',
  '23456789',
  'NL91',
  'de44',
  'x',
  ' ',
  '.',
  '..',
  ':',
  '://',
  '/',
  '\u00a0',
  '\u3000',
  '\n',
  'é',
  'ж',
  '😀',
  '-',
  '_',
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
const address = fc.constantFrom(
  '0x52908400098527886E0F7030069857D2E4169EE7',
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW',
  '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
  '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
);

describe('surveyText', () => {
  it('lists a superset of the crypto, IBAN and link positions of the regexes it replaced (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, address), { maxLength: 4 }), (parts) => {
        const t = parts.join(' ');
        const s = surveyText(t);
        const fromRuns: number[] = [];
        for (let r = 0; r < s.cryptoRuns.length; r += 2) {
          CRYPTO_AT.lastIndex = s.cryptoRuns[r]!;
          const m = CRYPTO_AT.exec(t);
          if (m) {
            expect(m.index + m[0].length).toBe(s.cryptoRuns[r + 1]);
            fromRuns.push(m.index);
          }
        }
        expect(fromRuns).toEqual(starts(CRYPTO, t));
        expect(s.ibanStarts).toEqual(starts(IBAN_HEAD, t));
        expect(s.linkTriggers).toEqual(starts(TRIGGER, t));
      }),
      { numRuns: 3000 },
    );
  });

  it('lets through the first units of every keyword, in any case the regex folds together', () => {
    const words = HANDLE_SERVICES.flatMap((s) => [...s.keywords, ...s.shortKeywords]);
    const same = (unit: number, ch: string) =>
      new RegExp(`^${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').test(String.fromCharCode(unit));
    for (const ch of new Set(words.flatMap((w) => [w[0]!, w[1]!, w[2] ?? w[0]!]))) {
      for (let c = 0; c < 0x500; c++) {
        if (same(c, ch)) expect(canonicalUnit(c)).toBe(canonicalUnit(ch.charCodeAt(0)));
      }
    }
    for (const w of words) {
      for (const v of [w, w.toUpperCase(), `${w} `, `${w}x`])
        expect(mayStartKeyword(v.charCodeAt(0), v.charCodeAt(1), v.charCodeAt(2))).toBe(true);
    }
    expect(mayStartKeyword(0x71, 0x71, 0x71)).toBe(false); // "qqq"
    expect(mayStartKeyword(0x74, 0x68, 0x65)).toBe(false); // "the" (threema needs "thr")
  });

  it('lists every place the e-mail anchor regex it replaced matches (property)', () => {
    const atWords = 'at|arroba|собака|ma[lł]pa|chiocciola|kukac|klammeraffe|snabel-a';
    const anchor = new RegExp(`[@＠]|[ \\t\\u00a0(\\[{<](?=(?:${atWords})[ \\t\\u00a0)\\]}>])`, 'giu');
    const atPiece = fc.constantFrom(
      ...['at', 'AT', 'arroba', 'собака', 'СОБАКА', 'małpa', 'Malpa', 'chiocciola', 'kukac', 'KUKAC'],
      ...['klammeraffe', 'snabel-a', '\u017fnabel-a', '\u212aukac', '\u212alammeraffe', 'cat', 'x'],
      ...['@', '＠', ' ', '\t', '\u00a0', '\n', '(', ')', '[', ']', '{', '}', '<', '>', '.', 'é', '😀'],
    );
    fc.assert(
      fc.property(fc.array(atPiece, { maxLength: 16 }), (parts) => {
        const t = parts.join('');
        const listed = new Set(surveyText(t).atAnchors);
        for (const at of starts(anchor, t)) expect(listed.has(at!)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
