import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailKind } from './email.ts';
import { AT_SEPARATOR, mayHaveAtSeparator, nextAtSeparator } from './email-syntax.ts';
import { itKeepsSelectorProperties } from './kind-properties.testkit.ts';

const values = (text: string) => emailKind.extract(text, {}).map((m) => m.value);

describe('email kind', () => {
  it('finds plain addresses, lower-cased, with raw text and offsets', () => {
    const text = 'Contact: Anna.X+ads@GMail.com, thanks';
    const [m] = emailKind.extract(text, {});
    expect(m).toMatchObject({
      value: 'anna.x+ads@gmail.com',
      raw: 'Anna.X+ads@GMail.com',
      start: 9,
      end: 29,
    });
    expect(m?.flags).toBeUndefined();
  });

  it.each([
    ['name at gmail dot com', 'name@gmail.com'],
    ['name(at)gmail(dot)com', 'name@gmail.com'],
    ['name [at] gmail [dot] com', 'name@gmail.com'],
    ['name{at}web{dot}de', 'name@web.de'],
    ['name @ gmail .com', 'name@gmail.com'],
    ['name @ gmail . com', 'name@gmail.com'],
    ['NAME AT GMAIL DOT COM', 'name@gmail.com'],
    ['anna dot x at gmail dot com', 'anna.x@gmail.com'],
    ['anna at gmail.com', 'anna@gmail.com'],
    ['olga собака mail точка ru', 'olga@mail.ru'],
    ['ola małpa wp kropka pl', 'ola@wp.pl'],
    ['lena(at)seznam(punkt)cz', 'lena@seznam.cz'],
    ['maria arroba hotmail punto com', 'maria@hotmail.com'],
    ['anna＠gmail．com', 'anna@gmail.com'],
  ])('de-obfuscates %s', (text, expected) => {
    const found = emailKind.extract(`write me: ${text} !`, {});
    expect(found.map((m) => m.value)).toEqual([expected]);
    expect(found[0]?.flags).toEqual(['obfuscated']);
  });

  it('keeps full stops and mentions out', () => {
    expect(values('Mail anna@mail.com. Live well!')).toEqual(['anna@mail.com']);
    expect(values('anna at gmail dot com. Site: x')).toEqual(['anna@gmail.com']);
    expect(values('tg @anna_x, insta @anna.de')).toEqual([]);
    expect(values('I work at google.com and meet at the station. See you at 5.30')).toEqual([]);
    expect(values('anna@localhost or x@y.invalidtld or @@@ or a@.com')).toEqual([]);
  });

  it('converts IDN domains to punycode and keeps Unicode local parts', () => {
    expect(values('анна@почта.рф')).toEqual(['анна@xn--80a1acny.xn--p1ai']);
    expect(emailKind.normalize('Müller@Bücher.de')).toBe('müller@xn--bcher-kva.de');
  });

  it('normalises single values, obfuscated or not, and rejects junk', () => {
    expect(emailKind.normalize(' Name (at) Gmail (dot) com ')).toBe('name@gmail.com');
    expect(emailKind.normalize('no address')).toBeNull();
    expect(emailKind.validate('name@gmail.com')).toBe(true);
    expect(emailKind.validate('Name@gmail.com')).toBe(false);
  });

  it('compares mailboxes that Gmail treats as one', () => {
    expect(emailKind.compare('a.nna+x@gmail.com', 'anna@googlemail.com')).toBe(0.9);
    expect(emailKind.compare('anna@gmail.com', 'anna@gmx.de')).toBe(0);
  });

  itKeepsSelectorProperties(emailKind, [
    'name at gmail dot com',
    'a(at)b(dot)de',
    'x@y.com',
    ' @ ',
    ' dot ',
    '(at)',
    'анна@почта.рф',
    'A.B@C.CO.UK',
  ]);
});

describe('at-separator pre-check', () => {
  const piece = fc.constantFrom(
    'anna',
    'AT',
    'at',
    'At',
    'arroba',
    'СОБАКА',
    'małpa',
    'Malpa',
    'kukac',
    'KUKAC',
    'snabel-a',
    '\u017fnabel-a',
    '\u212aukac',
    '@',
    '＠',
    ' ',
    '\t',
    '\u00a0',
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    '<',
    '>',
    '.',
    'gmail',
    'dot',
    'com',
    'that',
    'x',
  );
  it('is true whenever AT_SEPARATOR matches (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const re = new RegExp(AT_SEPARATOR.source, 'iu');
        if (re.test(text)) expect(mayHaveAtSeparator(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
  it('nextAtSeparator finds what the global AT_SEPARATOR finds from any position (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(60), (parts, start) => {
        const text = parts.join('');
        const from = Math.min(start, text.length);
        const re = new RegExp(AT_SEPARATOR.source, 'giu');
        re.lastIndex = from;
        const want = re.exec(text);
        const got = nextAtSeparator(text, from);
        expect(got && [got.index, ...got]).toEqual(want && [want.index, ...want]);
      }),
      { numRuns: 5000 },
    );
  });
});
