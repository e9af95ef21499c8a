import { LIKELY_REGIONS } from './phone-regions.data.ts';
import {
  mayBeValidHead,
  nationalPrefix,
  type Parsed,
  validInternational,
  validNational,
} from './phone-validate.ts';

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
  /** Shared between readings: copied, never changed. */
  flags: readonly string[];
  /** How sure the region is: 6 explicit country code ... 1 ambiguous (no region). */
  strength: number;
}

// Regions whose mobile numbers are routinely written without the trunk prefix.
const TRUNK_OPTIONAL = new Set(['IN', 'RU', 'UA']);

const MOBILE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

const NO_FLAGS: readonly string[] = [];
const INFERRED: readonly string[] = ['inferred_region'];
const NO_PLUS: readonly string[] = ['no_plus'];
const NO_REGION: readonly string[] = ['no_region'];

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
 * The tiers of resolvePhone, strongest first. A tier's number is the strength of what it reads,
 * except the last one's, which reads 2 or 1. The phone scanner asks a candidate one tier at a time,
 * and only while no candidate that ranks before it has taken its digits (see segmentRun in phone.ts).
 */
export const TIER_COUNTRY_CODE = 6;
export const TIER_KNOWN = 5;
export const TIER_CLUES = 4;
export const TIER_LANGUAGE = 3;
export const TIER_GUESS = 2;

/**
 * Canonical value of a candidate: E.164 when the region can be established, else the digits with
 * flag 'no_region' when the number is valid in several likely regions; null when it is no phone.
 */
export function resolvePhone(digits: string, plus: boolean, ctx: RegionContext): Resolved | null {
  for (let tier = TIER_COUNTRY_CODE; tier >= TIER_GUESS; tier--) {
    const r = resolveTier(tier, digits, plus, ctx);
    if (r !== null) return r;
  }
  return null;
}

/**
 * Whether tier `tier` may read anything in this text: false when it has no region to ask (no
 * known region, no clue in the text, no language).
 */
export function tierOpen(tier: number, ctx: RegionContext): boolean {
  if (tier === TIER_KNOWN) return ctx.known.length > 0;
  if (tier === TIER_CLUES) return ctx.clues().length > 0;
  if (tier === TIER_LANGUAGE) return ctx.language.length > 0;
  return true;
}

/**
 * Whether tier `tier` (open) has anything to ask of the digits: false when it would read nothing
 * without looking (no country code written, too few digits to guess, ...).
 */
export function tierAsks(tier: number, digits: string, plus: boolean): boolean {
  if (tier === TIER_COUNTRY_CODE)
    return plus || digits.startsWith('00') || (digits.startsWith('011') && digits.length >= 12);
  if (plus) return false;
  // (The guess reads nine digits or more: see guess.)
  return tier !== TIER_GUESS || digits.length >= 9;
}

/** What tier `tier` of resolvePhone reads the digits as, or null (the lower tiers may read them). */
export function resolveTier(
  tier: number,
  digits: string,
  plus: boolean,
  ctx: RegionContext,
): Resolved | null {
  if (plus) {
    // Written with its '+': the country code decides, or it is no phone.
    if (tier !== TIER_COUNTRY_CODE) return null;
    const p = validInternational(digits);
    return p ? { value: p.e164, flags: NO_FLAGS, strength: 6 } : null;
  }
  switch (tier) {
    case TIER_COUNTRY_CODE: {
      if (digits.startsWith('00')) {
        const p = validInternational(digits.slice(2));
        if (p) return { value: p.e164, flags: NO_FLAGS, strength: 6 };
      }
      if (digits.startsWith('011') && digits.length >= 12) {
        const p = validInternational(digits.slice(3));
        if (p) return { value: p.e164, flags: NO_FLAGS, strength: 6 };
      }
      return null;
    }
    case TIER_KNOWN:
      for (const r of ctx.known) {
        const p = national(digits, r);
        if (p) return { value: p.e164, flags: NO_FLAGS, strength: 5 };
      }
      return null;
    case TIER_CLUES:
      for (const r of ctx.clues()) {
        const p = national(digits, r);
        if (p) return { value: p.e164, flags: INFERRED, strength: 4 };
      }
      return null;
    case TIER_LANGUAGE: {
      // A likely region no mobile number of which starts like these digits is not asked.
      const mask = likelyMask(digits);
      for (const r of ctx.language) {
        const k = LIKELY_INDEX.get(r);
        if (k !== undefined && ((mask >>> k) & 1) === 0) continue;
        const p = national(digits, r, true);
        if (p?.type && MOBILE_TYPES.has(p.type)) return { value: p.e164, flags: INFERRED, strength: 3 };
      }
      return null;
    }
    case TIER_GUESS:
      return guess(digits, ctx);
  }
  return null;
}

/** The last tier: a country code written without '+' or '00', or the likely regions. */
function guess(digits: string, ctx: RegionContext): Resolved | null {
  // NANP numbers have no mobile ranges: any ten digits shaped [2-9]xx [2-9]xx xxxx read as one. In
  // an ad from a country outside the NANP, a +1 reading needs its "+1" or "001" (handled above).
  const nanpOk = ctx.known.length === 0 || ctx.known.some(isNanp);
  // Country code written without '+' or '00' (common for WhatsApp numbers): mobile numbers only.
  if (digits.length >= 10 && digits[0] !== '0') {
    const p = validInternational(digits);
    if (p?.type && MOBILE_TYPES.has(p.type) && (nanpOk || !p.e164.startsWith('+1')))
      return { value: p.e164, flags: NO_PLUS, strength: 2 };
  }
  // Nothing says where: accept a mobile number valid in exactly one likely region. Short numbers
  // (8 digits: Danish, Norwegian) are too easily something else to accept without a clue.
  // (tierAsks relies on this and the length above: nothing under nine digits is guessed.)
  if (digits.length < 9) return null;
  // (A 'no_region' reading stays: the digits fit a region outside the NANP too.)
  const r = likelyRegion(digits);
  return r === null || nanpOk || !r.value.startsWith('+1') ? r : null;
}

function isNanp(region: string): boolean {
  return nationalPrefix(region)?.callingCode === '1';
}

/**
 * By digit count and first three digits: the likely regions (bit k for LIKELY_REGIONS[k]) where
 * such digits may be a plausible mobile number; 0 not computed yet (bit 31 marks a computed entry).
 * Most regions are ruled out by their trunk prefix or shapes, so the per-region questions are
 * put to a few regions only.
 */
const HEAD_MAX_LENGTH = 20;
const heads = new Int32Array((HEAD_MAX_LENGTH + 1) * 1000);
const COMPUTED = 1 << 31;
/** The bit of each likely region in likelyMask (the language tier reads it too). */
const LIKELY_INDEX = new Map(LIKELY_REGIONS.map((r, k) => [r, k]));

function likelyMask(digits: string): number {
  if (digits.length > HEAD_MAX_LENGTH || LIKELY_REGIONS.length > 31) return -1;
  const h = (digits.charCodeAt(0) - 48) * 100 + (digits.charCodeAt(1) - 48) * 10 + digits.charCodeAt(2) - 48;
  const key = digits.length * 1000 + h;
  let mask = heads[key]!;
  if (mask === 0) {
    const head = digits.slice(0, 3);
    mask = COMPUTED;
    for (let k = 0; k < LIKELY_REGIONS.length; k++) {
      const r = LIKELY_REGIONS[k]!;
      if (plausibleHead(head, r) && mayBeValidHead(head, digits.length, r, true)) mask |= 1 << k;
    }
    heads[key] = mask;
  }
  return mask;
}

/** plausible() for every number starting with `head` (true when the trunk prefix is longer). */
function plausibleHead(head: string, region: string): boolean {
  const p = nationalPrefix(region);
  return p !== null && (p.prefix === undefined || p.prefix.length > 3 || plausible(head, region));
}

const MEMO_MAX = 100_000;
const likelyMemo = new Map<string, Resolved | null>();

/**
 * The reading of `digits` by the likely regions alone. It depends on nothing but the digits, and
 * the candidates of every item without a region clue ask it (the same numbers recur from item to
 * item), so the answer is memoised.
 */
function likelyRegion(digits: string): Resolved | null {
  const hit = likelyMemo.get(digits);
  if (hit !== undefined) return hit;
  const mask = likelyMask(digits);
  const seen = new Set<string>();
  let only: Parsed | null = null;
  for (let k = 0; k < LIKELY_REGIONS.length; k++) {
    if (((mask >>> k) & 1) === 0) continue;
    const p = national(digits, LIKELY_REGIONS[k]!, true);
    if (!p?.type || !MOBILE_TYPES.has(p.type) || seen.has(p.e164)) continue;
    seen.add(p.e164);
    only = p;
    // Two readings already make it 'no_region': the other regions cannot change that.
    if (seen.size > 1) break;
  }
  let out: Resolved | null = null;
  if (seen.size === 1 && only) out = { value: only.e164, flags: INFERRED, strength: 2 };
  else if (seen.size > 1) out = { value: digits, flags: NO_REGION, strength: 1 };
  if (likelyMemo.size >= MEMO_MAX) likelyMemo.clear();
  likelyMemo.set(digits, out);
  return out;
}
