import { describe, expect, it } from 'vitest';
import { ibanKind } from './iban.ts';
import { itKeepsSelectorProperties } from './kind-properties.testkit.ts';

// Example IBANs published by the national banking bodies and the SWIFT IBAN registry (not real accounts).
const NL = 'NL91ABNA0417164300';
const DE = 'DE89370400440532013000';
const GB = 'GB29NWBK60161331926819';
const RO = 'RO49AAAA1B31007593840000';
const UA = 'UA213223130000026007233566001';

const values = (text: string) => ibanKind.extract(text, {}).map((m) => m.value);

describe('iban kind', () => {
  it('finds compact, spaced, hyphenated and lower-case IBANs', () => {
    expect(values(`IBAN: ${NL}.`)).toEqual([NL]);
    expect(values('pay to NL91 ABNA 0417 1643 00 BIC ABNANL2A')).toEqual([NL]);
    expect(values('DE89-3704-0044-0532-0130-00')).toEqual([DE]);
    expect(values(`gb29 nwbk 6016 1331 9268 19 and ${RO}, ${UA}`)).toEqual([GB, RO, UA]);
  });

  it('keeps raw text and offsets', () => {
    const text = 'Deposit 100 EUR: NL91 ABNA 0417 1643 00 before arrival';
    const [m] = ibanKind.extract(text, {});
    expect(m?.raw).toBe('NL91 ABNA 0417 1643 00');
    expect(text.slice(m!.start, m!.end)).toBe(m?.raw);
  });

  it('rejects wrong check digits, wrong lengths, unknown countries and embedded strings', () => {
    expect(values('NL92ABNA0417164300')).toEqual([]);
    expect(values('NL91ABNA041716430')).toEqual([]);
    expect(values('NL91ABNA04171643001')).toEqual([]);
    expect(values('XX91ABNA0417164300')).toEqual([]);
    expect(values(`ID${NL}`)).toEqual([]);
    expect(values('Room AB12 floor CD34, order 1234 5678 9012 3456')).toEqual([]);
  });

  it('normalises typed IBANs', () => {
    expect(ibanKind.normalize('IBAN: nl91 abna 0417 1643 00')).toBe(NL);
    expect(ibanKind.normalize('NL91 ABNA 0417 1643 01')).toBeNull();
    expect(ibanKind.validate(NL)).toBe(true);
    expect(ibanKind.validate('NL91 ABNA 0417 1643 00')).toBe(false);
  });

  itKeepsSelectorProperties(ibanKind, [NL, 'NL91 ABNA 0417 1643 00', DE, GB.toLowerCase(), 'NL91', 'DE89 ']);
});
