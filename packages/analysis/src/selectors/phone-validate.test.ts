import fc from 'fast-check';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_REGIONS, LIKELY_REGIONS, REGION_CLUES } from './phone-regions.data.ts';
import { mayBeValidHead, validInternational, validNational } from './phone-validate.ts';

// Every region the resolver asks about, plus a few with odd prefix rules or shared calling codes.
const REGIONS = [
  ...new Set([
    ...LIKELY_REGIONS,
    ...Object.keys(REGION_CLUES),
    ...Object.values(LANGUAGE_REGIONS).flat(),
    'CA',
    'KZ',
    'GG',
    'JE',
    'AX',
    'VA',
    'BR',
    'AR',
    'MX',
  ]),
].filter((r) => (examples as Record<string, string>)[r] !== undefined);

const MOBILE = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** Ours, as the resolver reads it: with `mobileOnly`, only mobile numbers count. */
function ours(digits: string, region: string, mobileOnly: boolean): string | null {
  const p = validNational(digits, region, mobileOnly);
  if (!p || (mobileOnly && !MOBILE.has(p.type ?? ''))) return null;
  return p.e164;
}

/** What libphonenumber-js itself says, without our pre-filter. */
function truth(digits: string, region: string, mobileOnly: boolean): string | null {
  const p = parsePhoneNumberFromString(digits, region === 'ZZ' ? undefined : (region as CountryCode));
  if (!p?.isValid()) return null;
  if (mobileOnly && !MOBILE.has(p.getType() ?? '')) return null;
  return p.number;
}

// Numbers near real ones: an example mobile number with digits changed, cut, extended, with a
// trunk prefix, an international prefix or the calling code in front; and random digits.
const near = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    edits: fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 0, max: 9 })), { maxLength: 4 }),
    cut: fc.integer({ min: -2, max: 2 }),
    front: fc.constantFrom('', '', '0', '1', '8', '00', '011', '06', 'cc'),
    random: fc.option(fc.stringMatching(/^[0-9]{6,13}$/), { freq: 4 }),
    mobileOnly: fc.boolean(),
  })
  .map(({ region, edits, cut, front, random, mobileOnly }) => {
    let d = random ?? (examples as Record<string, string>)[region]!;
    for (const [at, digit] of edits) {
      const i = at % d.length;
      d = d.slice(0, i) + String(digit) + d.slice(i + 1);
    }
    d = cut < 0 ? d.slice(0, d.length + cut) : d + '7'.repeat(cut);
    const cc = parsePhoneNumberFromString(`+${d}`)?.countryCallingCode ?? '';
    return { region, digits: (front === 'cc' ? cc : front) + d, mobileOnly };
  });

describe('validNational', () => {
  it('agrees with libphonenumber-js on numbers near real ones (the pre-filter only drops invalid ones)', () => {
    fc.assert(
      fc.property(near, ({ region, digits, mobileOnly }) => {
        expect(ours(digits, region, mobileOnly)).toBe(truth(digits, region, mobileOnly));
      }),
      { numRuns: 4000 },
    );
  });

  it('gives the same E.164, region and type as libphonenumber-js', () => {
    fc.assert(
      fc.property(near, ({ region, digits }) => {
        const p = parsePhoneNumberFromString(digits, region as CountryCode);
        const want = p?.isValid() ? { e164: p.number, region: p.country, type: p.getType() } : null;
        expect(validNational(digits, region)).toEqual(want);
      }),
      { numRuns: 4000 },
    );
  });

  it('agrees on every example mobile number, with and without a trunk prefix', () => {
    for (const region of REGIONS) {
      const d = (examples as Record<string, string>)[region]!;
      for (const digits of [d, `0${d}`, `1${d}`, `8${d}`]) {
        for (const mobileOnly of [false, true]) {
          expect(ours(digits, region, mobileOnly), `${region} ${digits}`).toBe(
            truth(digits, region, mobileOnly),
          );
        }
      }
    }
  });

  it('agrees with libphonenumber-js on international numbers', () => {
    const intl = near.map(({ digits }) => digits.replace(/^0+/, ''));
    fc.assert(
      fc.property(intl, fc.constantFrom('', '1', '44', '7', '380', '800', '999'), (d, cc) => {
        const digits = cc + d;
        const want = digits.length < 8 || digits.length > 15 ? null : truth(`+${digits}`, 'ZZ', false);
        expect(validInternational(digits)?.e164 ?? null, digits).toBe(want);
      }),
      { numRuns: 4000 },
    );
  });

  it('mayBeValidHead only rules out digits that are no mobile number of the region', () => {
    fc.assert(
      fc.property(near, ({ region, digits }) => {
        if (digits.length < 3 || mayBeValidHead(digits.slice(0, 3), digits.length, region, true)) return;
        expect(truth(digits, region, true), `${region} ${digits}`).toBeNull();
      }),
      { numRuns: 4000 },
    );
  });

  it('reads a Canadian number asked as US (shared calling code)', () => {
    expect(validNational('6135550123', 'US')?.e164).toBe(truth('6135550123', 'US', false));
    expect(validNational('6135550123', 'US')).not.toBeNull();
  });
});
