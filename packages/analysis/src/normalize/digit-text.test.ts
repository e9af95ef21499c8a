import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitText, lastWords } from './digit-text.ts';
import { normalizeText } from './normalize-text.ts';
import { toOriginalSpan } from './normalized-text.ts';
import { checkOffsets, hostile } from './test-helpers.ts';

const digits = (raw: string) => digitText(normalizeText(raw)).text;

describe('digitText', () => {
  it.each([
    ['5 o 3 * 7 2 4 * 3 o 1 6', '5 0 3 * 7 2 4 * 3 0 1 6'],
    ['**503**724**3016**', '**503**724**3016**'],
    ['[9][0][4]', '[9][0][4]'],
    ['TwO/6/zERo-FouR', '2/6/0-4'],
    // Apostrophes inside or before a word are dropped for the lookup ("ʼ" is a letter, Lm).
    ["п'ять ʼdwa", '5 2'],
    ['zero six', '0 6'],
    ['five oh three', '5 0 3'],
    ['forty five', '45'],
    ['twenty-one', '21'],
    ['eight hundred', '800'],
    ['one hundred and five', '105'],
    ['double 7 triple zero', '77 000'],
    ['double seven', '77'],
    // A tens word glued to a digit: tens and units; a digit before it stays its own.
    ['3fifty1 sixty4', '351 64'],
    ['8eighty2 four forty', '882 4 40'],
    ['ninety 3', '90 3'],
    ['twenty0', '200'],
  ])('English and symbols: %s', (raw, want) => {
    expect(digits(raw)).toBe(want);
  });

  it.each([
    ['nul zes twaalf vierendertig', '0 6 12 34'], // nl
    ['null sechs fünfundzwanzig zwo', '0 6 25 2'], // de
    ['zéro six, douze, soixante-dix-huit, quatre-vingt-dix-neuf', '0 6, 12, 78, 99'], // fr
    ['cero seis veintiuno treinta y dos', '0 6 21 32'], // es
    ['zero sześć dwadzieścia trzy', '0 6 23'], // pl
    ['zero sześć szesc', '0 6 6'], // pl without diacritics
    ['zero șapte doi și', '0 7 2 și'], // ro
    ['ноль шесть двадцать три', '0 6 23'], // ru
    ['нуль шість двадцять пʼять', '0 6 25'], // uk with modifier apostrophe
    ['ДВАДЦЯТЬ', '20'], // uk upper case
    ['sechzig4 vierzig', '64 40'], // de, tens glued to a digit
    ['noll sju åtta', '0 7 8'], // sv
    ['nolla kuusi', '0 6'], // fi
    ['μηδέν έξι', '0 6'], // el
    ['šest tři nula devět čtyři dvě', '6 3 0 9 4 2'], // cs
    ['osm sedm pět jedna', '8 7 5 1'], // cs
    ['dvacet pět, čtyřicet osm', '25, 48'], // cs tens and units
    ['tři devět sedmnáct', '3 9 17'], // cs teen
    ['päť deväť štyri jedenásť, dvadsať päť', '5 9 4 11, 25'], // sk
  ])('other languages: %s', (raw, want) => {
    expect(digits(raw)).toBe(want);
  });

  it.each([
    // Digit words glued into one word, in any case, next to digits or not.
    ['FOURONESIXFIVEFIVEFIVEZEROONENINETWO', '4165550192'],
    ['5OneTwo sIxFoUrNINE Eight321', '512 649 8321'],
    ['NINEONE4-SIX07-3EIGHTTWO0', '914-607-3820'],
    ['1FiVeFiVe55zeroNINE4seven', '155550947'],
    ['zeroseisdos cincotres', '062 53'], // other languages, two words or more
    // o/l/i for 0/1 inside a glued word, one English word glued to a digit at least.
    ['415 fiveo5 0onelo', '415 505 0110'],
    ['3l2 sixfivefive o1nine2', '312 655 0192'],
    // Look-alikes next to look-alikes next to digits.
    ['4 o 1 ~ 5 o o ~ 3 2 7 1', '4 0 1 ~ 5 0 0 ~ 3 2 7 1'],
  ])('glued digit words and look-alikes: %s', (raw, want) => {
    expect(digits(raw)).toBe(want);
  });

  it('leaves words that only look like glued digit words alone', () => {
    const prose =
      'Tonight often Ione Leone someone done lone alone lotto trio tresillo Lena3 ketone seven1 oneself Ottoman';
    expect(digits(prose)).toBe(
      'tonight often ione leone someone done lone alone lotto trio tresillo lena3 ketone 71 oneself ottoman',
    );
    expect(digits('SOMEONE said DONE, Tonight at NINE')).toBe('someone said done, tonight at 9');
    expect(digits('i o i love 5, lol 4 l o l, age 2 o o ok')).toBe('i o i love 5, lol 4 l o l, age 2 o o ok');
  });

  it('maps the digits of a glued word back to the words that produced them', () => {
    const raw = 'txt SevenTWOo now';
    const n = digitText(normalizeText(raw));
    const at = n.text.indexOf('720');
    expect(raw.slice(toOriginalSpan(n, at, at + 1).start, toOriginalSpan(n, at, at + 1).end)).toBe('Seven');
    expect(raw.slice(toOriginalSpan(n, at + 1, at + 2).start, toOriginalSpan(n, at + 1, at + 2).end)).toBe(
      'TWO',
    );
    expect(raw.slice(toOriginalSpan(n, at + 2, at + 3).start, toOriginalSpan(n, at + 2, at + 3).end)).toBe(
      'o',
    );
  });

  it('reads "dot", "dash" and "hyphen" between digits as a separator', () => {
    expect(digits('775 dot 402 dot 6719')).toBe('775 - 402 - 6719');
    expect(digits('775 DASH 402 hyphen 6719')).toBe('775 - 402 - 6719');
    expect(digits('seven seven five dot 402')).toBe('7 7 5 - 402');
    // Not between digits, or too far from them: left as words.
    expect(digits('site dot com, 5 dash girls, the dot 7, 4  dot  9')).toBe(
      'site dot com, 5 dash girls, the dot 7, 4  dot  9',
    );
    expect(digits('dots 12 dashes 34')).toBe('dots 12 dashes 34');
  });

  it('reads Hindi digit words, and not the words their vowel signs hide', () => {
    expect(digits('कॉल नौ सात शून्य पाँच छः')).toBe('कॉल 9 7 0 5 6');
    // "तन" (body) and "सत" are "तीन" and "सात" without their vowel signs: not number words.
    expect(digits('तन मन सत')).toBe('तन मन सत');
  });

  it('reads Swedish "sex" as 6 only inside a row of digit words', () => {
    expect(digits('ring noll sju sex två fem')).toBe('ring 0 7 6 2 5');
    expect(digits('nio åtta fyra sex')).toBe('9 8 4 6');
    expect(digits('sex 24/7, två sex toys, sex noll sju')).toBe('sex 24/7, 2 sex toys, sex 0 7');
  });

  it('leaves ordinary prose alone', () => {
    expect(digits('het is een mooie dag, sex and the city, to be or not')).toBe(
      'het is 1 mooie dag, sex and the city, to be or not',
    );
    expect(digits('I love Oslo and lol')).toBe('i love oslo and lol');
  });

  it('maps converted digits back to the words that produced them', () => {
    const raw = 'call TwO/6/zERo now';
    const n = digitText(normalizeText(raw));
    const at = n.text.indexOf('2/6/0');
    const span = toOriginalSpan(n, at, at + 5);
    expect(raw.slice(span.start, span.end)).toBe('TwO/6/zERo');
  });

  it('finds the words the word pattern finds (property)', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      'é',
      'е',
      '\u0301',
      "'",
      '’',
      'ʼ',
      '`',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      ' ',
      '5',
      '<',
      '€',
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 30 }).map((a) => a.join('')),
      hostile,
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(text, (raw) => {
        const n = { text: raw, offsets: Int32Array.from({ length: raw.length + 1 }, (_, i) => i) };
        // Only a text digitText left as it is has its own words (an edited one has those of the edit).
        if (digitText(n) !== n) return;
        const words = lastWords(raw)!;
        const found = [...raw.matchAll(/\p{L}[\p{L}\p{M}'’ʼ]*/gu)].map((m) => [
          m.index,
          m.index + m[0].length,
        ]);
        expect(Array.from({ length: words.count }, (_, t) => [words.start[t], words.end[t]])).toEqual(found);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and keeps offsets valid (property)', () => {
    const words = fc.constantFrom(
      'zero',
      'six',
      'forty',
      'five',
      'hundred',
      'double',
      'o',
      'l',
      'and',
      'et',
      'sevenfour',
      'twol',
      'SIXo',
      '7',
      ' ',
      '-',
    );
    const mixed = fc.array(fc.oneof(words, hostile), { maxLength: 20 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(fc.oneof(mixed, hostile, fc.string({ unit: 'binary' })), (raw) => {
        checkOffsets(raw, digitText(normalizeText(raw)));
      }),
      { numRuns: 1500 },
    );
  });
});
