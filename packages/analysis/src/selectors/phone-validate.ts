import { Metadata } from 'libphonenumber-js/core';
import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';
import { intersect, mayMatch, patternShape, Shape, union, withLengths } from './phone-shapes.ts';

/**
 * Validation of phone candidates with libphonenumber-js (full metadata). A parse with validation
 * costs 15-50 µs, so each (region, digits) question is first put to a cheap pre-filter built from
 * the same metadata (the region's general national-number pattern after stripping the national
 * prefix); the exact answer is then computed from the metadata (only the library's own answers, for
 * the rare numbers that need it, are memoised). Patterns have a shape table (phone-shapes.ts) read
 * before their regex.
 */

interface TypeRule {
  name: string;
  pattern: RegExp;
  /** Allowed lengths of the national number, or undefined when the metadata gives none. */
  lengths: number[] | undefined;
  source: string;
  /** What the pattern may match within those lengths, once asked (mobile numbers only). */
  shape: Shape | undefined;
}

interface Plan {
  region: string;
  callingCode: string;
  pattern: RegExp;
  source: string;
  /** What `pattern` may match, once read (see mayBeValid). */
  shape: Shape | undefined;
  /** Plain national prefix ('0', '1', '8'), or undefined when the metadata uses a complex rule. */
  prefix: string | undefined;
  /** libphonenumber's national prefix rule (`nationalPrefixForParsing`, transform rule). */
  prefixRule: RegExp | undefined;
  transform: string | undefined;
  /** Regions of the calling code: libphonenumber may move a number to another one of them. */
  group: string[];
  /** International dialling prefix ('00', '011'): digits starting with it may be read as international. */
  idd: RegExp;
  /** The IDD prefix when it is plain digits ('00'): tested without the regex. */
  iddPlain: string | undefined;
  /** Every number type of the region (fixed line, mobile, toll free, ...). */
  types: TypeRule[];
  /** `leadingDigits` of a region sharing its calling code (which numbers are its own). */
  leading: RegExp | undefined;
  /** Possible lengths of a national number of the region (`possibleLengths`), if given. */
  lengths: number[] | undefined;
  fixed: TypeRule | undefined;
  mobile: TypeRule | undefined;
  /** No separate mobile pattern: a fixed-line match is FIXED_LINE_OR_MOBILE. */
  fixedIsMobile: boolean;
  /** What shapeOk may accept, [any type, mobile only]; and the same over the calling code's regions. */
  okShapes: [Shape | undefined, Shape | undefined];
  groupShapes: [Shape | undefined, Shape | undefined];
  /** The plans of `group`, once asked. */
  groupPlans: Plan[] | undefined;
  /** Questions asked so far: the shapes are read only for regions asked often. */
  asks: number;
}

const TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

interface MetadataType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}

interface MetadataApi {
  selectNumberingPlan(c: string): void;
  getCountryCodesForCallingCode(c: string): string[] | undefined;
  numberingPlan: {
    IDDPrefix(): string;
    callingCode(): string;
    nationalNumberPattern(): string;
    possibleLengths(): number[] | undefined;
    leadingDigits(): string | undefined;
    nationalPrefixForParsing(): string | undefined;
    nationalPrefixTransformRule(): string | undefined;
    type(t: string): MetadataType | undefined;
  };
}

const plans = new Map<string, Plan | null>();

function typeRule(name: string, t: MetadataType | undefined): TypeRule | undefined {
  const source = t?.pattern();
  if (!t || !source) return undefined;
  const lengths = t.possibleLengths();
  return {
    name,
    pattern: new RegExp(`^(?:${source})$`),
    lengths,
    source,
    shape: undefined,
  };
}

function plan(region: string): Plan | null {
  let p = plans.get(region);
  if (p !== undefined) return p;
  p = null;
  if (isSupportedCountry(region)) {
    const md = new (Metadata as unknown as new (m: unknown) => MetadataApi)(metadata);
    md.selectNumberingPlan(region);
    const np = md.numberingPlan;
    const pfp = np.nationalPrefixForParsing();
    const mobileDef = np.type('MOBILE');
    const types: TypeRule[] = [];
    for (const t of TYPES) {
      const rule = typeRule(t, np.type(t));
      if (rule) types.push(rule);
    }
    p = {
      region,
      callingCode: np.callingCode(),
      pattern: new RegExp(`^(?:${np.nationalNumberPattern()})$`),
      source: np.nationalNumberPattern(),
      shape: undefined,
      prefix: pfp && /^\d+$/.test(pfp) ? pfp : undefined,
      prefixRule: pfp ? new RegExp(`^(?:${pfp})`) : undefined,
      transform: np.nationalPrefixTransformRule() || undefined,
      group: md.getCountryCodesForCallingCode(np.callingCode()) ?? [region],
      idd: new RegExp(`^(?:${np.IDDPrefix()})`),
      iddPlain: /^\d+$/.test(np.IDDPrefix()) ? np.IDDPrefix() : undefined,
      types,
      fixed: typeRule('FIXED_LINE', np.type('FIXED_LINE')),
      lengths: np.possibleLengths(),
      leading: np.leadingDigits() ? new RegExp(`^(?:${np.leadingDigits()})`) : undefined,
      mobile: typeRule('MOBILE', mobileDef),
      fixedIsMobile: !mobileDef || mobileDef.pattern() === '',
      okShapes: [undefined, undefined],
      groupShapes: [undefined, undefined],
      groupPlans: undefined,
      asks: 0,
    };
  }
  plans.set(region, p);
  return p;
}

/** Calling code and plain trunk prefix of a region, or null when the region is unknown. */
export function nationalPrefix(region: string): { callingCode: string; prefix: string | undefined } | null {
  // The plan itself has both fields: no object per call (asked for every candidate and region).
  return plan(region);
}

// Mirrors libphonenumber-js's isNumberTypeEqualTo (helpers/getNumberType.js).
const isType = (n: string, t: TypeRule | undefined): boolean =>
  t !== undefined && (t.lengths === undefined || t.lengths.includes(n.length)) && t.pattern.test(n);

/** The national number pattern of `p` matches `n`. */
const nationalOk = (n: string, p: Plan): boolean =>
  (p.shape === undefined || mayMatch(p.shape, n, 0)) && p.pattern.test(n);

/** The plans of the regions of `p`'s calling code. */
function groupPlans(p: Plan): Plan[] {
  if (p.groupPlans === undefined) {
    p.groupPlans = [];
    for (const r of p.group) {
      const q = plan(r);
      if (q) p.groupPlans.push(q);
    }
  }
  return p.groupPlans;
}

function typeShape(t: TypeRule | undefined): Shape {
  if (t === undefined) return new Shape();
  t.shape ??= withLengths(patternShape(t.source), t.lengths);
  return t.shape;
}

/**
 * What shapeOk(·, p, mobileOnly) may accept. For any type, the national pattern within the types'
 * lengths: reading the long fixed-line patterns of every region asked costs more than it saves.
 */
function okShape(p: Plan, mobileOnly: boolean): Shape {
  const k = mobileOnly ? 1 : 0;
  let s = p.okShapes[k];
  if (s === undefined) {
    p.shape ??= patternShape(p.source);
    if (mobileOnly) {
      const mobile = typeShape(p.mobile);
      s = intersect(p.shape, p.fixedIsMobile ? union(mobile, typeShape(p.fixed)) : mobile);
    } else {
      let lengths: number[] | undefined = [];
      for (const t of p.types) lengths = t.lengths && lengths && [...lengths, ...t.lengths];
      s = withLengths(p.shape, lengths);
    }
    p.okShapes[k] = s;
  }
  return s;
}

/** What shapeOk may accept in some region of `p`'s calling code. */
function groupShape(p: Plan, mobileOnly: boolean): Shape {
  const k = mobileOnly ? 1 : 0;
  let s = p.groupShapes[k];
  if (s === undefined) {
    s = new Shape();
    for (const q of groupPlans(p)) s = union(s, okShape(q, mobileOnly));
    p.groupShapes[k] = s;
  }
  return s;
}

/**
 * Whether national number `n` has the shape of a valid number (any type, or a mobile one) by the
 * same tests libphonenumber-js's getNumberType applies.
 */
function shapeOk(n: string, p: Plan, mobileOnly: boolean, useShapes = true): boolean {
  if ((useShapes && !mayMatch(okShape(p, mobileOnly), n, 0)) || !p.pattern.test(n)) return false;
  if (mobileOnly) return isType(n, p.mobile) || (p.fixedIsMobile && isType(n, p.fixed));
  for (const t of p.types) if (isType(n, t)) return true;
  return false;
}

/** The national number after libphonenumber's prefix rule (extractNationalNumberFromPossiblyIncompleteNumber). */
function stripPrefix(digits: string, p: Plan): string | undefined {
  if (p.prefix !== undefined) return digits.startsWith(p.prefix) ? digits.slice(p.prefix.length) : undefined;
  if (!p.prefixRule) return undefined;
  const m = p.prefixRule.exec(digits);
  if (!m) return undefined;
  const groups = m.length - 1;
  if (p.transform && groups > 0 && m[groups]) return digits.replace(p.prefixRule, p.transform);
  return digits.slice(m[0].length);
}

/**
 * Cheap necessary condition for `digits` (national form) to be valid in `region` (and mobile, with
 * `mobileOnly`), following libphonenumber-js's parse: the national number is the digits with or
 * without the trunk prefix, it may end up in any region of the calling code, and a valid number
 * matches one of that region's type patterns. Digits it may read as international (IDD or calling
 * code in front) are not filtered. phone-validate.test.ts holds this to libphonenumber-js itself.
 */
const HOT_ASKS = 200;
const ANY = Shape.any();

function mayBeValid(digits: string, region: string, mobileOnly: boolean): boolean {
  const p = plan(region);
  if (!p) return false;
  if (p.iddPlain !== undefined ? digits.startsWith(p.iddPlain) : p.idd.test(digits)) return true;
  if (digits.startsWith(p.callingCode)) return true;
  // A valid number has the shape of a type asked for in some region of the code, with or without
  // the prefix: a plain prefix is tried in place, before anything is sliced. Reading the mobile
  // patterns costs ~0.3 ms a region: only worth it for regions asked often.
  const useShapes = ++p.asks > HOT_ASKS;
  const g = useShapes ? groupShape(p, mobileOnly) : ANY;
  let stripped: string | undefined;
  if (p.prefix !== undefined) {
    const cut = digits.startsWith(p.prefix) ? p.prefix.length : -1;
    if (!mayMatch(g, digits, 0) && (cut < 0 || !mayMatch(g, digits, cut))) return false;
    stripped = cut < 0 ? undefined : digits.slice(cut);
  } else {
    stripped = stripPrefix(digits, p);
    if (!mayMatch(g, digits, 0) && (stripped === undefined || !mayMatch(g, stripped, 0))) return false;
  }
  for (const q of groupPlans(p)) {
    if (
      shapeOk(digits, q, mobileOnly, useShapes) ||
      (stripped !== undefined && shapeOk(stripped, q, mobileOnly, useShapes))
    )
      return true;
  }
  return false;
}

/**
 * Whether mayBeValid(digits, region, mobileOnly) may hold for some `length`-digit string starting
 * with the three digits `head`, by its tests that read no further (true when the region's IDD or
 * trunk prefix rule needs more). The shapes are read whatever the region's asks: they only reject
 * what the exact parse rejects too.
 */
export function mayBeValidHead(head: string, length: number, region: string, mobileOnly: boolean): boolean {
  const p = plan(region);
  if (!p) return false;
  if (p.iddPlain === undefined || p.iddPlain.length > 3 || head.startsWith(p.iddPlain)) return true;
  if (head.startsWith(p.callingCode)) return true;
  if (p.prefix === undefined ? p.prefixRule !== undefined : p.prefix.length > 1) return true;
  // mayMatch reads the length and two digits from where it starts: the head holds them.
  const digits = head.padEnd(length, '0');
  const g = groupShape(p, mobileOnly);
  return (
    mayMatch(g, digits, 0) || (p.prefix !== undefined && head.startsWith(p.prefix) && mayMatch(g, digits, 1))
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

/** libphonenumber-js's getNumberType (helpers/getNumberType.js) on a national number. */
function numberType(n: string, p: Plan): string | undefined {
  if (!nationalOk(n, p)) return undefined;
  if (isType(n, p.fixed))
    return p.fixedIsMobile || isType(n, p.mobile) ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  for (const t of p.types) if (t !== p.fixed && isType(n, t)) return t.name;
  return undefined;
}

/** checkNumberLength says TOO_SHORT or INVALID_LENGTH (helpers/checkNumberLength.js). */
function impossibleLength(n: string, lengths: number[]): boolean {
  const min = lengths[0]!;
  if (n.length === min) return false;
  if (n.length < min) return true;
  if (n.length > lengths[lengths.length - 1]!) return false; // TOO_LONG is not "impossible" here
  return lengths.indexOf(n.length, 1) < 0;
}

let lastRegionOf: string | undefined;
let lastRegionPlan: Plan | undefined;
let lastRegionAnswer: Plan | undefined;

/**
 * getCountryByNationalNumber (helpers/getCountryByNationalNumber.js) over a calling code's regions:
 * the plan of the region. The last answer is kept: a parse asks it for the same number twice.
 */
function regionOf(n: string, p: Plan): Plan | undefined {
  if (n === lastRegionOf && p === lastRegionPlan) return lastRegionAnswer;
  let out: Plan | undefined;
  for (const q of groupPlans(p)) {
    if (p.group.length === 1 || (q.leading ? q.leading.test(n) : numberType(n, q) !== undefined)) {
      out = q;
      break;
    }
  }
  lastRegionOf = n;
  lastRegionPlan = p;
  lastRegionAnswer = out;
  return out;
}

/** extractNationalNumber (helpers/extractNationalNumber.js) with the numbering plan `p`. */
function extractNational(digits: string, p: Plan): string {
  const stripped = stripPrefix(digits, p);
  if (stripped === undefined || stripped === digits) return digits;
  if (nationalOk(digits, p) && !nationalOk(stripped, p)) return digits;
  if (p.lengths !== undefined) {
    const home = regionOf(stripped, p);
    const lengths = home === undefined ? p.lengths : home.lengths;
    if (lengths !== undefined && impossibleLength(stripped, lengths)) return digits;
  }
  return stripped;
}

/** checkNumberLength(n) === 'TOO_LONG' with the plan's own lengths. */
const tooLong = (n: string, p: Plan): boolean =>
  p.lengths !== undefined && p.lengths.length > 0 && n.length > p.lengths[p.lengths.length - 1]!;

/**
 * The rest of parsePhoneNumber once the number is `rest` after calling code `cc`, read with the
 * plan `p` (the region asked, or the calling code's main region when the code was in the number;
 * then `region` is undefined unless the digits pick one). isValid and getType follow.
 */
function finishParse(rest: string, p: Plan, region: string | undefined): Parsed | null | undefined {
  const n = extractNational(rest, p);
  if (n.length < 2 || n.length > 17) return null;
  const home = regionOf(n, p);
  const q = home ?? (region === undefined ? p : plan(region));
  if (!q) return undefined;
  const type = numberType(n, q);
  return type === undefined ? null : { e164: `+${p.callingCode}${n}`, region: home?.region ?? region, type };
}

/**
 * The exact answer of `parsePhoneNumberFromString(digits, region)` + isValid/getType, computed from
 * the same metadata without its per-call object and regex churn. Undefined in the rare cases it
 * does not follow (non-geographic calling codes): ask libphonenumber-js then.
 * phone-validate.test.ts compares it with the library.
 */
function fastNational(digits: string, region: string): Parsed | null | undefined {
  const p = plan(region);
  if (!p) return undefined;
  if (digits.length > 250) return undefined;
  // stripIddPrefix: "0049..." asked as NL is German, unless a 0 follows the prefix.
  const idd = p.idd.exec(digits);
  if (idd) {
    const after = digits.slice(idd[0].length);
    if (after.length > 0 && after[0] !== '0') return fastInternational(after);
  }
  if (digits.startsWith(p.callingCode)) {
    // extractCountryCallingCodeFromInternationalNumberWithoutPlusSign: "3161234..." asked as NL.
    const shorter = digits.slice(p.callingCode.length);
    const full = extractNational(digits, p);
    if ((!nationalOk(full, p) && nationalOk(extractNational(shorter, p), p)) || tooLong(full, p)) {
      const main = plan(p.group[0]!);
      return main ? finishParse(shorter, main, undefined) : undefined;
    }
  }
  return finishParse(digits, p, region);
}

/**
 * The last fastInternational answer: "0044..." asked as a national number of each of the many
 * regions whose IDD prefix is 00 is the same international question every time.
 */
let lastInternational: string | undefined;
let lastInternationalAnswer: Parsed | null | undefined;

/** The same for `+digits` (extractCountryCallingCode: the shortest known calling code in front). */
function fastInternational(digits: string): Parsed | null | undefined {
  if (digits !== lastInternational) {
    lastInternationalAnswer = readInternational(digits);
    lastInternational = digits;
  }
  return lastInternationalAnswer;
}

function readInternational(digits: string): Parsed | null | undefined {
  if (digits[0] === '0') return null;
  for (let i = 1; i <= 3 && i <= digits.length; i++) {
    const group = CALLING_CODES[digits.slice(0, i)];
    if (!group) continue;
    const main = group[0] === '001' ? undefined : plan(group[0]!);
    return main ? finishParse(digits.slice(i), main, undefined) : undefined;
  }
  return undefined; // a non-geographic code (800, 808, 870, ...): the library knows those
}

const CALLING_CODES = (metadata as { country_calling_codes: Record<string, string[]> }).country_calling_codes;

/**
 * Cheap necessary condition for `+digits` to be valid: libphonenumber takes the shortest known
 * calling code in front, strips the main region's trunk prefix from the rest, and the result must
 * have the shape of a number of one of the code's regions. Non-geographic codes are not filtered.
 */
function mayBeValidInternational(digits: string): boolean {
  for (let i = 1; i <= 3 && i < digits.length; i++) {
    const cc = digits.slice(0, i);
    const group = CALLING_CODES[cc];
    if (!group) continue;
    const main = plan(group[0]!);
    if (!main || group[0] === '001') return true;
    const rest = digits.slice(i);
    const stripped = stripPrefix(rest, main);
    const useShapes = ++main.asks > HOT_ASKS;
    for (const r of group) {
      const q = plan(r);
      if (
        q &&
        (shapeOk(rest, q, false, useShapes) ||
          (stripped !== undefined && shapeOk(stripped, q, false, useShapes)))
      )
        return true;
    }
    return false;
  }
  return true;
}

/** The number written with an explicit country code (after '+', '00' or without either). */
export function validInternational(digits: string): Parsed | null {
  if (digits.length < 8 || digits.length > 15) return null;
  // Not memoised: the fast path costs less than a large map's upkeep (the library's answer is).
  const out = mayBeValidInternational(digits) ? fastInternational(digits) : null;
  return out === undefined ? parseValid(`+${digits}`, undefined) : out;
}

/**
 * The number as a national number of `region`, or null. With `mobileOnly` the caller only wants
 * MOBILE or FIXED_LINE_OR_MOBILE numbers: others may come back as null without being parsed. Not
 * memoised (only the library's answers are): with the shape tables in front, the exact parse costs
 * less than a map of 100,000 answers (its lookups, and the garbage collector scanning it).
 */
export function validNational(digits: string, region: string, mobileOnly = false): Parsed | null {
  if (!mayBeValid(digits, region, mobileOnly)) return null;
  const fast = fastNational(digits, region);
  return fast === undefined ? parseValid(digits, region) : fast;
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
