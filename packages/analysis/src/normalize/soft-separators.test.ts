import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneKind } from '../selectors/phone.ts';
import { digitText } from './digit-text.ts';
import { normalizeText } from './normalize-text.ts';
import { toOriginalSpan } from './normalized-text.ts';
import { mayStartSymbol, SYMBOLS } from './soft-separators.ts';
import { checkOffsets, hostile } from './test-helpers.ts';

const digits = (raw: string) => digitText(normalizeText(raw)).text;
const phones = (raw: string, country: string) =>
  phoneKind.extract(raw, { country, lang: 'en' }).map((m) => m.value);

describe('soft separators in the digit view', () => {
  it.each([
    ['text 5💋5💋1💋8💋0💋7💋2💋6💋4💋3 now', 'text 5 5 1 8 0 7 2 6 4 3 now'],
    ['ring 07700🍑900🍑461', 'ring 07700 900 461'],
    ['(555)🔥014🔥7733 ok', '(555) 014 7733 ok'],
    // Variation selectors, skin tones and ZWJ sequences: one emoji, one space.
    ['3❤️1❤️2', '3 1 2'],
    ['4👍🏽7', '4 7'],
    ['6👩‍👩‍👧9', '6 9'],
    ['2 🍑 8', '2   8'],
    ['1∙2‣3', '1 2 3'],
    ['☎ 44 ★ 55 ➡ 66', '☎ 44   55   66'],
    // Next to a number word as well.
    ['five💋one', '5 1'],
  ])('emoji and symbols between digits: %s', (raw, want) => {
    expect(digits(raw)).toBe(want);
  });

  it.each([
    ['415 <br> 555 0132', '415   555 0132'],
    ['415<br/>555<BR />0132', '415 555 0132'],
    ['<b>415</b>&nbsp;555&nbsp;0132', '<b>415  555 0132'],
    ['415&#160;555&#xa0;0132', '415 555 0132'],
    ['0412 <span class="x">345</span> 678', '0412  345  678'],
  ])('HTML leftovers between digits: %s', (raw, want) => {
    expect(digits(raw)).toBe(want);
  });

  it.each([
    'I ❤️ you, see you 🔥 tonight',
    'big 💋 kiss <br> see you &nbsp; soon',
    'ⓐ 😀 <b>bold</b> & more',
    '100% 💯',
  ])('leaves symbols and tags that no digit surrounds alone: %s', (raw) => {
    expect(digits(raw)).toBe(normalizeText(raw).text);
  });

  it('keeps emoji before a number word a space away: as likely a word of the text (Romanian "nouă")', () => {
    expect(digits('sună 0 7 4 1 💋🍒🔥 Nouă în oraș')).toBe('sună 0 7 4 1 💋🍒🔥 9 în oraș');
  });

  it('takes emoji a space away from a number word glued to a digit on its other side', () => {
    expect(digits('Reno 🌵 77five 🌵 402 🌵 six71nine 🌵 ask')).toBe('reno 🌵 775   402   6719 🌵 ask');
    // Not glued to a digit: as likely a word of the text.
    expect(digits('sună 0 7 4 1 💋 Nouă 💋 5 în oraș')).toBe('sună 0 7 4 1 💋 9 💋 5 în oraș');
  });

  it('maps the digits back to the raw text around the emoji', () => {
    const raw = 'call 07700💋900💋461 now';
    const d = digitText(normalizeText(raw));
    const at = d.text.indexOf('07700');
    const span = toOriginalSpan(d, at, at + '07700 900 461'.length);
    expect(raw.slice(span.start, span.end)).toBe('07700💋900💋461');
  });

  it('reads phone numbers split by emoji or HTML', () => {
    expect(phones('Call 07825💋416💋093 £150', 'GB')).toEqual(['+447825416093']);
    expect(phones('txt 2💋0💋2💋5💋5💋5💋0💋1💋4💋7 ok', 'US')).toEqual(['+12025550147']);
    expect(phones('reach me @ <b>202</b>&nbsp;555&nbsp;0147 incall', 'US')).toEqual(['+12025550147']);
  });

  it('does not glue prices, times and counts across emoji into a number', () => {
    expect(phones('Special $150 🔥 9pm 💋 2 girls 🍑 24/7', 'US')).toEqual([]);
    expect(phones('Donations: 150/30 🌹 200/60 🌹 300/90', 'US')).toEqual([]);
    expect(phones('34C 💋 5\'4" 💋 120 lbs 💋 23 yo', 'US')).toEqual([]);
  });

  it('never throws and keeps offsets valid (property)', () => {
    const piece = fc.constantFrom(
      '5',
      '07',
      '412',
      ' ',
      '💋',
      '❤️',
      '👩‍👩‍👧',
      '<br>',
      '</b>',
      '&nbsp;',
      '&',
      '<',
      'six',
      '∙',
    );
    const mixed = fc.array(fc.oneof(piece, hostile), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(mixed, (raw) => {
        checkOffsets(raw, digitText(normalizeText(raw)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('mayStartSymbol', () => {
  it('holds for exactly the code units a SYMBOLS match may start with', () => {
    const re = new RegExp(`^(?:${SYMBOLS.source})`);
    for (let c = 0; c < 0x10000; c++) {
      // A high surrogate is tried with a low one after it.
      const s = String.fromCharCode(c) + (c >= 0xd800 && c <= 0xdbff ? '\udc00' : '');
      expect(mayStartSymbol(c), c.toString(16)).toBe(re.test(s));
    }
  });
});
