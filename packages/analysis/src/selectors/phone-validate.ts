import { Metadata } from 'libphonenumber-js/core';
import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';

/**
 * Validation of phone candidates with libphonenumber-js (full metadata). A parse with validation
 * costs 15-50 µs, so each (region, digits) question is first put to a cheap pre-filter built from
 * the same metadata (the region's general national-number pattern after stripping the national
 * prefix), and answers are memoised in a bounded map (phone numbers repeat across ads).
 */

interface Plan {
  callingCode: string;
  pattern: RegExp;
  /** Plain national prefix ('0', '1', '8'), or undefined when the metadata uses a complex rule. */
  prefix: string | undefined;
  complex: boolean;
}

const plans = new Map<string, Plan | null>();

function plan(region: string): Plan | null {
  let p = plans.get(region);
  if (p !== undefined) return p;
  p = null;
  if (isSupportedCountry(region)) {
    const md = new (Metadata as unknown as new (m: unknown) => unknown)(metadata) as {
      selectNumberingPlan(c: string): void;
      numberingPlan: {
        callingCode(): string;
        nationalNumberPattern(): string;
        nationalPrefixForParsing(): string | undefined;
      };
    };
    md.selectNumberingPlan(region);
    const np = md.numberingPlan;
    const pfp = np.nationalPrefixForParsing();
    p = {
      callingCode: np.callingCode(),
      pattern: new RegExp(`^(?:${np.nationalNumberPattern()})$`),
      prefix: pfp && /^\d+$/.test(pfp) ? pfp : undefined,
      complex: pfp !== undefined && !/^\d+$/.test(pfp),
    };
  }
  plans.set(region, p);
  return p;
}

/** Calling code and plain trunk prefix of a region, or null when the region is unknown. */
export function nationalPrefix(region: string): { callingCode: string; prefix: string | undefined } | null {
  const p = plan(region);
  return p ? { callingCode: p.callingCode, prefix: p.prefix } : null;
}

/** Cheap necessary condition for `digits` (national form) to be valid in `region`. */
function mayBeValid(digits: string, region: string): boolean {
  const p = plan(region);
  if (!p) return false;
  if (p.complex) return true;
  if (p.pattern.test(digits)) return true;
  return (
    p.prefix !== undefined && digits.startsWith(p.prefix) && p.pattern.test(digits.slice(p.prefix.length))
  );
}

export interface Parsed {
  e164: string;
  region: string | undefined;
  type: string | undefined;
}

const MEMO_MAX = 100_000;
const memo = new Map<string, Parsed | null>();

function parseValid(text: string, region: string | undefined): Parsed | null {
  const key = `${region ?? '+'}|${text}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let out: Parsed | null = null;
  try {
    const p = parsePhoneNumberFromString(text, region as CountryCode | undefined);
    if (p?.isValid()) out = { e164: p.number, region: p.country, type: p.getType() };
  } catch {
    out = null;
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, out);
  return out;
}

/** The number written with an explicit country code (after '+', '00' or without either). */
export function validInternational(digits: string): Parsed | null {
  if (digits.length < 8 || digits.length > 15) return null;
  return parseValid(`+${digits}`, undefined);
}

/** The number as a national number of `region`, or null. */
export function validNational(digits: string, region: string): Parsed | null {
  if (!mayBeValid(digits, region)) return null;
  return parseValid(digits, region);
}

/** Valid interpretations of national `digits` across `regions`, one per distinct E.164 value. */
export function validAcross(digits: string, regions: readonly string[]): Parsed[] {
  const out: Parsed[] = [];
  for (const r of regions) {
    const p = validNational(digits, r);
    if (p && !out.some((q) => q.e164 === p.e164)) out.push(p);
  }
  return out;
}
