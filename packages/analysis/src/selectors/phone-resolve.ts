import { LIKELY_REGIONS } from './phone-regions.data.ts';
import { nationalPrefix, type Parsed, validInternational, validNational } from './phone-validate.ts';

/** What is known about where a number comes from, strongest first. */
export interface RegionContext {
  /** The item's country and the --default-country. */
  known: string[];
  /** Lazily computed regions named in the text (cities, countries, domains, currencies). */
  clues: () => string[];
  /** Regions of the item's language: a weak hint, trusted for mobile numbers only. */
  language: string[];
}

export interface Resolved {
  value: string;
  flags: string[];
  /** How sure the region is: 6 explicit country code ... 1 ambiguous (no region). */
  strength: number;
}

// Regions whose mobile numbers are routinely written without the trunk prefix.
const TRUNK_OPTIONAL = new Set(['IN', 'RU', 'UA']);

const MOBILE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * A national number is only plausible for a region whose trunk prefix it carries: Germans write
 * 0176..., not 176..., so "5037243016" is not read as German. NANP numbers are written without 1.
 */
function plausible(digits: string, region: string): boolean {
  const p = nationalPrefix(region);
  if (p === null) return false;
  if (p.callingCode === '1' || p.prefix === undefined || TRUNK_OPTIONAL.has(region)) return true;
  return digits.startsWith(p.prefix);
}

/** With `mobileOnly`, numbers of other types are not even parsed (they would be discarded). */
function national(digits: string, region: string, mobileOnly = false): Parsed | null {
  return plausible(digits, region) ? validNational(digits, region, mobileOnly) : null;
}

/**
 * Canonical value of a candidate: E.164 when the region can be established, else the digits with
 * flag 'no_region' when the number is valid in several likely regions; null when it is no phone.
 */
export function resolvePhone(digits: string, plus: boolean, ctx: RegionContext): Resolved | null {
  if (plus) {
    const p = validInternational(digits);
    return p ? { value: p.e164, flags: [], strength: 6 } : null;
  }
  if (digits.startsWith('00')) {
    const p = validInternational(digits.slice(2));
    if (p) return { value: p.e164, flags: [], strength: 6 };
  }
  if (digits.startsWith('011') && digits.length >= 12) {
    const p = validInternational(digits.slice(3));
    if (p) return { value: p.e164, flags: [], strength: 6 };
  }
  for (const r of ctx.known) {
    const p = national(digits, r);
    if (p) return { value: p.e164, flags: [], strength: 5 };
  }
  for (const r of ctx.clues()) {
    const p = national(digits, r);
    if (p) return { value: p.e164, flags: ['inferred_region'], strength: 4 };
  }
  for (const r of ctx.language) {
    const p = national(digits, r, true);
    if (p?.type && MOBILE_TYPES.has(p.type))
      return { value: p.e164, flags: ['inferred_region'], strength: 3 };
  }
  // Country code written without '+' or '00' (common for WhatsApp numbers): mobile numbers only.
  if (digits.length >= 10 && digits[0] !== '0') {
    const p = validInternational(digits);
    if (p?.type && MOBILE_TYPES.has(p.type)) return { value: p.e164, flags: ['no_plus'], strength: 2 };
  }
  // Nothing says where: accept a mobile number valid in exactly one likely region. Short numbers
  // (8 digits: Danish, Norwegian) are too easily something else to accept without a clue.
  if (digits.length < 9) return null;
  return likelyRegion(digits);
}

const MEMO_MAX = 100_000;
const likelyMemo = new Map<string, Resolved | null>();

/**
 * The reading of `digits` by the likely regions alone. It depends on nothing but the digits, and
 * every sub-range of every digit run of every item without a region clue asks it (15 regions), so
 * the answer is memoised.
 */
function likelyRegion(digits: string): Resolved | null {
  const hit = likelyMemo.get(digits);
  if (hit !== undefined) return hit;
  const seen = new Set<string>();
  let only: Parsed | null = null;
  for (const r of LIKELY_REGIONS) {
    const p = national(digits, r, true);
    if (!p?.type || !MOBILE_TYPES.has(p.type) || seen.has(p.e164)) continue;
    seen.add(p.e164);
    only = p;
  }
  let out: Resolved | null = null;
  if (seen.size === 1 && only) out = { value: only.e164, flags: ['inferred_region'], strength: 2 };
  else if (seen.size > 1) out = { value: digits, flags: ['no_region'], strength: 1 };
  if (likelyMemo.size >= MEMO_MAX) likelyMemo.clear();
  likelyMemo.set(digits, out);
  return out;
}
