import type { SelectorType } from '@vigil/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptoKind } from '../selectors/crypto.ts';
import { domainKind } from '../selectors/domain.ts';
import { emailKind } from '../selectors/email.ts';
import { ibanKind } from '../selectors/iban.ts';
import { onionKind } from '../selectors/onion.ts';
import { urlKind } from '../selectors/url.ts';
import type { SelectorKind } from '../types.ts';
import { ReferenceSetParseError } from './import-issues.ts';
import { createCanonicalizer } from './reference-canonical.ts';
import { detectSetFormat, parseSetFile } from './set-file.parser.ts';

const kinds: Partial<Record<SelectorType, SelectorKind>> = {
  email: emailKind,
  url: urlKind,
  domain: domainKind,
  iban: ibanKind,
  crypto: cryptoKind,
  onion: onionKind,
};
const canonicalize = createCanonicalizer((t) => kinds[t]);
const parse = (text: string, fileName?: string) =>
  parseSetFile(text, { canonicalize, fileName, country: 'NL' });

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReferenceSetParseError) return error.issues;
    throw error;
  }
  throw new Error('expected a ReferenceSetParseError');
}

describe('CSV sets', () => {
  it('reads typed rows with a header, canonicalises and collapses duplicates', () => {
    const csv =
      'value,type,label\nAnna.K@Example.COM,email,suspect A\nanna.k@example.com,e-mail,\n"NL91 ABNA 0417 1643 00",iban,\nOlena Petrenko,name,\n';
    const set = parse(csv, 'list.csv');
    expect(set.format).toBe('csv');
    expect(set.values).toEqual([
      { type: 'email', value: 'anna.k@example.com', raw: 'Anna.K@Example.COM', label: 'suspect A' },
      { type: 'iban', value: 'NL91ABNA0417164300', raw: 'NL91 ABNA 0417 1643 00' },
      { type: 'name', value: 'olena petrenko', raw: 'Olena Petrenko' },
    ]);
    expect(set.duplicates).toBe(1);
  });

  it('reads rows without a header in type,value,label,country order', () => {
    const set = parse('email,x@example.org,lbl,de\n# comment\n\nusername,@Katya_99\n', 'a.csv');
    expect(set.values).toEqual([
      { type: 'email', value: 'x@example.org', raw: 'x@example.org', label: 'lbl', country: 'DE' },
      { type: 'username', value: 'katya_99', raw: '@Katya_99' },
    ]);
  });

  it('rejects the whole file with line and field for each bad row', () => {
    const csv =
      'type,value,label,country\nemail,ok@example.org\nemail,not an email\nfax,123\niban,NL00 BAD\nemail,x@example.org,label,Netherlands\n';
    const issues = issuesOf(() => parse(csv, 'a.csv'));
    expect(issues).toEqual([
      { line: 3, field: 'value', message: '"not an email" is not a valid email' },
      { line: 4, field: 'type', message: 'unknown type "fax"' },
      { line: 5, field: 'value', message: '"NL00 BAD" is not a valid iban' },
      { line: 6, field: 'value', message: 'country "Netherlands" is not an ISO 3166-1 alpha-2 code' },
    ]);
    expect(() => parse(csv, 'a.csv')).toThrow(/nothing imported \(4 problems\)/);
  });

  it('reports broken quoting instead of crashing', () => {
    expect(issuesOf(() => parse('type,value\nemail,"unterminated\n', 'a.csv'))[0]?.message).toMatch(
      /not valid CSV/,
    );
  });

  it('never throws anything but a ReferenceSetParseError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const format of ['csv', 'json', 'ftm', 'misp'] as const) {
          try {
            parseSetFile(text, { canonicalize, format });
          } catch (error) {
            expect(error).toBeInstanceOf(ReferenceSetParseError);
          }
        }
      }),
    );
  });
});

describe('JSON sets', () => {
  it('reads an array or {values}', () => {
    const json = JSON.stringify({
      values: [
        { type: 'domain', value: 'WWW.Example.co.uk' },
        { type: 'url', value: 'https://example.org/a?utm_source=x' },
      ],
    });
    expect(parse(json, 'set.json').values.map((v) => v.value)).toEqual([
      'example.co.uk',
      'https://example.org/a',
    ]);
  });

  it('names the entry and field of bad entries', () => {
    const json = JSON.stringify([
      { type: 'email', value: 'a@example.org' },
      { type: 'email' },
      'x',
      { type: 'email', value: 'b@example.org', label: 5 },
    ]);
    expect(issuesOf(() => parse(json, 'set.json'))).toEqual([
      { entry: 2, field: 'value', message: 'value must be a string' },
      { entry: 3, message: 'entry is not an object' },
      { entry: 4, field: 'label', message: 'label must be a string' },
    ]);
  });
});

describe('FollowTheMoney sets', () => {
  const lines = [
    {
      id: 'p1',
      schema: 'Person',
      properties: {
        name: ['Олександр Петренко'],
        alias: ['Sasha P'],
        email: ['sasha@example.org'],
        nationality: ['ua'],
      },
    },
    {
      id: 'c1',
      schema: 'Company',
      properties: {
        name: ['Golden Star Agency'],
        website: ['goldenstar.example.com/jobs'],
        iban: ['NL91ABNA0417164300'],
      },
    },
    { id: 'o1', schema: 'Ownership', properties: { owner: ['p1'], asset: ['c1'] } },
    {
      id: 'w1',
      schema: 'CryptoWallet',
      properties: { publicKey: ['1BoatSLRHtKNngkdXEeobR76b53LETtpyT'], currency: ['BTC'] },
    },
  ].map((e) => JSON.stringify(e));

  it('maps names and selector properties, skips other schemata', () => {
    const set = parse(lines.join('\n'), 'entities.ftm.json');
    expect(set.format).toBe('ftm');
    expect(set.values.map((v) => [v.type, v.value])).toEqual([
      ['name', 'олександр петренко'],
      ['name', 'sasha p'],
      ['email', 'sasha@example.org'],
      ['name', 'golden star agency'],
      ['url', 'http://goldenstar.example.com/jobs'],
      ['iban', 'NL91ABNA0417164300'],
      ['crypto', 'btc:1BoatSLRHtKNngkdXEeobR76b53LETtpyT'],
    ]);
    expect(set.values[0]).toMatchObject({ label: 'Олександр Петренко', country: 'UA' });
    expect(set.skipped).toBe(1);
  });

  it('rejects broken lines with their line number', () => {
    const bad = [
      lines[0],
      '{not json',
      JSON.stringify({ schema: 'Person', properties: { email: 'x' } }),
    ].join('\n');
    expect(issuesOf(() => parse(bad, 'e.jsonl'))).toEqual([
      { line: 2, message: 'not a JSON object' },
      { line: 3, field: 'properties.email', message: 'must be a list of strings' },
    ]);
  });
});

describe('MISP sets', () => {
  const event = {
    Event: {
      info: 'Recruitment network 2026-11',
      Attribute: [
        { type: 'email-src', value: 'Jobs@Example.org', comment: 'recruiter' },
        { type: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' },
        { type: 'domain', value: 'jobs-abroad.example.com' },
        { type: 'btc', value: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT' },
      ],
      Object: [
        {
          name: 'person',
          Attribute: [{ type: 'full-name', object_relation: 'full-name', value: 'Ivan Franko' }],
        },
        { name: 'person', Attribute: [{ type: 'text', object_relation: 'alias', value: 'Vanya' }] },
      ],
    },
  };

  it('maps attribute types and uses comments or the event info as label', () => {
    const set = parse(JSON.stringify(event), 'event.json');
    expect(set.format).toBe('misp');
    expect(set.values.map((v) => [v.type, v.value, v.label])).toEqual([
      ['email', 'jobs@example.org', 'recruiter'],
      ['domain', 'example.com', 'Recruitment network 2026-11'],
      ['crypto', 'btc:1BoatSLRHtKNngkdXEeobR76b53LETtpyT', 'Recruitment network 2026-11'],
      ['name', 'ivan franko', 'Recruitment network 2026-11'],
      ['name', 'vanya', 'Recruitment network 2026-11'],
    ]);
    expect(set.skipped).toBe(1);
  });

  it('rejects invalid values of known types', () => {
    const bad = {
      Event: {
        Attribute: [
          { type: 'email-dst', value: 'nope' },
          { type: 'iban', value: 42 },
        ],
      },
    };
    expect(issuesOf(() => parse(JSON.stringify(bad), 'e.json'))).toEqual([
      { entry: 1, field: 'value', message: '"nope" is not a valid email' },
      { entry: 2, field: 'value', message: 'iban attribute has no string value' },
    ]);
  });
});

describe('detectSetFormat', () => {
  it('guesses from name and content', () => {
    expect(detectSetFormat('type,value', 'x.txt')).toBe('csv');
    expect(detectSetFormat('[{"type":"email"}]')).toBe('json');
    expect(detectSetFormat('{"Event":{}}')).toBe('misp');
    expect(
      detectSetFormat(
        '{"id":"1","schema":"Person","properties":{}}\n{"id":"2","schema":"Person","properties":{}}',
      ),
    ).toBe('ftm');
  });
});
