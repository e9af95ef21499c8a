import { digitText } from '../normalize/digit-text.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { type NormalizedText, toOriginalSpan } from '../normalize/normalized-text.ts';
import type { ExtractOptions, PreparedText, SelectorKind, SelectorMatch } from '../types.ts';
import { type AreaCodeCandidate, areaCodeCandidates, mayHaveAreaCode } from './phone-area-code.ts';
import {
  amountAfter,
  amountShaped,
  CURRENCY_SIGNS,
  clueRegions,
  dateOrTimeGroups,
  languageRegions,
  letterAt,
  rejectAfter,
  rejectBefore,
  waLink,
} from './phone-context.ts';
import {
  type RegionContext,
  type Resolved,
  resolvePhone,
  resolveTier,
  TIER_COUNTRY_CODE,
  TIER_GUESS,
  TIER_LANGUAGE,
  tierAsks,
  tierOpen,
} from './phone-resolve.ts';
import { type DigitGroup, type DigitRun, scanDigitRuns } from './phone-scanner.ts';
import { validInternational } from './phone-validate.ts';

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

/**
 * Phone numbers: found by our own scanner on the digit view of the text (spelled-out, spaced,
 * emoji and look-alike digits), validated and canonicalised to E.164 by libphonenumber-js.
 */
export const phoneKind: SelectorKind = {
  type: 'phone',
  extract(text: string, options: ExtractOptions): SelectorMatch[] {
    return extractPhones({ raw: text, normalized: normalizeText(text) }, options);
  },
  extractPrepared(prepared: PreparedText, options: ExtractOptions): SelectorMatch[] {
    return extractPhones(prepared, options);
  },
  normalize(value: string, options?: ExtractOptions): string | null {
    const found = extractPhones({ raw: value, normalized: normalizeText(value) }, options ?? {});
    return found.length === 1 ? found[0]!.value : null;
  },
  validate(value: string): boolean {
    return /^\+\d{8,15}$/.test(value) && validInternational(value.slice(1))?.e164 === value;
  },
  compare(a: string, b: string): number {
    if (a === b) return 1;
    // A digits-only value (region unknown) matches an E.164 value with the same national number.
    const [e164, digits] = a.startsWith('+') ? [a, b] : [b, a];
    if (!e164.startsWith('+') || digits.startsWith('+')) return 0;
    const national = digits.replace(/^0+/, '');
    return national.length >= 7 && e164.endsWith(national) ? 0.8 : 0;
  },
};

/** What is known about the region of the numbers of one text; the text's clues read on first need. */
class TextRegionContext implements RegionContext {
  readonly known: string[] = [];
  readonly language: string[];
  private clueList: string[] | undefined;

  constructor(
    private readonly text: string,
    options: ExtractOptions,
  ) {
    addRegion(this.known, options.country);
    addRegion(this.known, options.defaultCountry);
    this.language = this.unknown(languageRegions(options.lang));
  }

  clues(): string[] {
    this.clueList ??= this.unknown(clueRegions(this.text));
    return this.clueList;
  }

  private unknown(regions: string[]): string[] {
    if (this.known.length === 0) return regions; // read only
    const out: string[] = [];
    for (const r of regions) if (!this.known.includes(r)) out.push(r);
    return out;
  }
}

/** Region `r` (any case) added to `known`, if it is two letters and not there yet. */
function addRegion(known: string[], r: string | undefined): void {
  const u = r?.toUpperCase();
  if (u?.length === 2 && isUpper(u.charCodeAt(0)) && isUpper(u.charCodeAt(1)) && !known.includes(u))
    known.push(u);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Phones in a prepared text; offsets into `prepared.raw`. */
export function extractPhones(prepared: PreparedText, options: ExtractOptions): SelectorMatch[] {
  const d = digitText(prepared.normalized);
  const runs = scanDigitRuns(d.text, MIN_DIGITS);
  const areas = mayHaveAreaCode(d.text) ? areaCodeCandidates(d.text) : undefined;
  if (runs.length === 0 && !areas?.length) return [];
  const ctx = new TextRegionContext(d.text, options);
  const out: SelectorMatch[] = [];
  let unsorted = false;
  for (const run of runs) {
    if (run.bridge >= 0) {
      const m = bridgeMatch(prepared.raw, d, run, ctx);
      // A number found on either line means the lines hold separate things (bridges come last).
      if (m && !overlapsAny(out, m)) out.push(m);
      unsorted ||= m !== null;
      continue;
    }
    // A WhatsApp link's number is international: read as if written with its '+'.
    const r =
      run.plus < 0 && waLink(d.text, run.groups[0]!.start) ? { ...run, plus: run.groups[0]!.start } : run;
    segmentRun(prepared.raw, d, r, ctx, out);
  }
  for (const c of areas ?? []) {
    const m = areaCodeMatch(prepared.raw, d, c, ctx);
    if (m === null) continue;
    // The named area code says how the digits go together: it wins over the local part read alone.
    for (let k = out.length - 1; k >= 0; k--) if (overlap(out[k]!, m)) out.splice(k, 1);
    out.push(m);
    unsorted = true;
  }
  return unsorted ? out.sort((a, b) => a.start - b.start) : out;
}

function overlap(a: SelectorMatch, b: SelectorMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapsAny(out: SelectorMatch[], m: SelectorMatch): boolean {
  for (const o of out) if (overlap(o, m)) return true;
  return false;
}

function startsAny(out: SelectorMatch[], start: number): boolean {
  for (const o of out) if (o.start === start) return true;
  return false;
}

function areaCodeMatch(
  raw: string,
  d: NormalizedText,
  c: AreaCodeCandidate,
  ctx: RegionContext,
): SelectorMatch | null {
  if (isFiller(c.digits)) return null;
  const resolved = resolvePhone(c.digits, false, ctx);
  if (!resolved) return null;
  const span = toOriginalSpan(d, c.start, c.end);
  return {
    type: 'phone',
    value: resolved.value,
    raw: raw.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    flags: [...resolved.flags, 'obfuscated'],
  };
}

/** Region strength a number split across two lines needs: the item's language at least. */
const BRIDGE_STRENGTH = TIER_LANGUAGE;

/**
 * A number wrapped across two lines ("Tel: 0412 345\n678"): all digits ending the first line and
 * all starting the second, or nothing. Same context rules as any candidate, and a region from the
 * item, the text or its language: lines of bare digits are too often separate figures.
 */
function bridgeMatch(
  raw: string,
  d: NormalizedText,
  run: DigitRun,
  ctx: RegionContext,
): SelectorMatch | null {
  const g = run.groups;
  const plus = run.plus >= 0;
  let digits = '';
  let round = true;
  for (const x of g) {
    digits += x.digits;
    round &&= x.digits.endsWith('00');
  }
  // Lines of round figures ("500\n600 800") are a price list.
  if (round) return null;
  if (digits.length > (plus || digits.startsWith('00') ? MAX_DIGITS + 2 : MAX_DIGITS)) return null;
  const blocked = blockedGroups(d.text, run);
  for (let k = 0; k < g.length; k++) if (blocked[k]) return null;
  const checks = runChecks(g.length);
  if (!startAllowed(d.text, run, 0, plus, checks)) return null;
  const j = g.length - 1;
  if (!contextAllows(d.text, run, 0, j, plus, digits, checks)) return null;
  // Only the tiers that read a strong enough region are asked.
  for (let tier = TIER_COUNTRY_CODE; tier >= BRIDGE_STRENGTH; tier--) {
    const r = resolveTier(tier, digits, plus, ctx);
    if (r !== null) return buildMatch(raw, d, run, 0, j, plus, digits, r);
  }
  return null;
}

/** Per-run cache of the context tests that depend on one end of a candidate only. */
interface RunChecks {
  /** By group index i: 0 not asked yet, 1 a candidate may start at group i, 2 it may not, 3 a price before. */
  start: Uint8Array;
  /** By group index j: bit 0 asked, bit 1 rejected after, bit 2 an amount word after, bit 3 a word glued after. */
  end: Uint8Array;
}

// Per-run scratch arrays, by group index, reused from run to run (runs are read one at a time).
const checksScratch: RunChecks = { start: new Uint8Array(64), end: new Uint8Array(64) };
let blockedScratch: Uint8Array = new Uint8Array(64);

/** The run checks, cleared for `n` groups. */
function runChecks(n: number): RunChecks {
  checksScratch.start = cleared(checksScratch.start, n);
  checksScratch.end = cleared(checksScratch.end, n);
  return checksScratch;
}

/** A cleared scratch array of `n` entries (a loop: runs have a few groups, and fill() costs a call). */
function cleared(a: Uint8Array, n: number): Uint8Array {
  if (a.length < n) return new Uint8Array(n * 2);
  for (let k = 0; k < n; k++) a[k] = 0;
  return a;
}

/** The groups of a run that no phone may take (1 by group index): dates, times, payment cards. */
function blockedGroups(text: string, run: DigitRun): Uint8Array {
  blockedScratch = cleared(blockedScratch, run.groups.length);
  dateOrTimeGroups(text, run, blockedScratch);
  blockCards(run, blockedScratch);
  return blockedScratch;
}

/** A candidate of segmentRun: groups i..j of the run. */
interface Candidate {
  i: number;
  j: number;
  /** Digits in the groups. */
  len: number;
  /** The digits, read on first need ('' before). */
  digits: string;
  /** UNCHECKED, CHECKED (its context allows a phone) or OUT (no longer in the running). */
  state: number;
  /** Its reading: one of strength 1 waiting for the last pass, then the chosen one. */
  reading: Resolved | null;
}

const UNCHECKED = 0;
const CHECKED = 1;
const OUT = 2;

// The candidates of the run being read, in rank order, and the chosen ones, in start order: reused
// from run to run (objects and arrays), as Array.prototype.sort would copy the arrays it sorts.
const pool: Candidate[] = [];
const ranked: Candidate[] = [];
const chosen: Candidate[] = [];

/** Candidate i..j of `len` digits, inserted in rank order among the first `n` (longer first, then the one starting first). */
function addCandidate(n: number, i: number, j: number, len: number): void {
  let c = pool[n];
  if (c === undefined) {
    c = { i, j, len, digits: '', state: UNCHECKED, reading: null };
    pool.push(c);
  } else {
    c.i = i;
    c.j = j;
    c.len = len;
    c.digits = '';
    c.state = UNCHECKED;
    c.reading = null;
  }
  let k = n;
  for (; k > 0 && ranked[k - 1]!.len < len; k--) ranked[k] = ranked[k - 1]!;
  ranked[k] = c;
}

/** Chosen candidate `c` among the first `n`, inserted in start order. */
function addChosen(n: number, c: Candidate): void {
  let k = n;
  for (; k > 0 && chosen[k - 1]!.i > c.i; k--) chosen[k] = chosen[k - 1]!;
  chosen[k] = c;
}

/**
 * Split a run into phone numbers. Every group range of plausible length is a candidate; the
 * chosen ones do not overlap and are picked by how sure their region is, then by length, so that
 * a number next to unrelated digits ("92-69-95 212 372 9776", Chicago) is read the right way.
 *
 * The region tiers (phone-resolve.ts) are asked one at a time, strongest first, each of the
 * candidates in rank order: one that a candidate of a stronger tier, or a longer one of the same
 * tier, has already taken digits of could only lose, and is never asked further. The sub-ranges
 * of a number found in the item's country are so never validated at all, and the text's clues are
 * read only when a candidate still needs them. (The choice is the one of ranking every candidate
 * by its strongest reading.) The context of a candidate is checked only when a tier first asks it.
 */
function segmentRun(
  raw: string,
  d: NormalizedText,
  run: DigitRun,
  ctx: RegionContext,
  out: SelectorMatch[],
): void {
  const g = run.groups;
  for (const x of g) if (x.digits.length > MAX_DIGITS + 2) return; // long ID, card or account number
  const blocked = blockedGroups(d.text, run);
  if (g.length > 1) blockHeights(d.text, g, blocked);
  let n = 0;
  for (let i = 0; i < g.length; i++) {
    if (blocked[i]) continue;
    const plus = i === 0 && run.plus >= 0;
    const limit = plus || g[i]!.digits.startsWith('00') ? MAX_DIGITS + 2 : MAX_DIGITS;
    let total = 0;
    let listBreak = false;
    for (let j = i; j < g.length && !blocked[j]; j++) {
      if (j > i) {
        // A year then a punctuation break (". ", " | "), among other separators, ends one figure
        // and starts the next ("since 2018. 36-28-36", "2026 | 11.28.26"); the same
        // separator throughout ("503. 724. 3016") is one number's style.
        listBreak ||= isYear(g[j - 1]!.digits) && isListBreak(d.text, g[j - 1]!.end, g[j]!.start);
        if (listBreak && !sameGap(d.text, g[i]!, g[i + 1]!, g[j - 1]!, g[j]!)) break;
      }
      total += g[j]!.digits.length;
      if (total > limit) break;
      // (Enumerated by start, then length: inserted by length, the order by start stays.)
      if (total >= MIN_DIGITS) addCandidate(n++, i, j, total);
    }
  }
  if (n === 0) return;
  runDigits = undefined;
  const checks = runChecks(g.length);
  let nChosen = 0;
  let alive = n;
  let weak = false;
  for (let tier = TIER_COUNTRY_CODE; tier >= 1 && alive > 0; tier--) {
    if (tier === 1 ? !weak : !tierOpen(tier, ctx)) continue;
    for (let q = 0; q < n; q++) {
      const c = ranked[q]!;
      if (c.state === OUT) continue;
      const plus = c.i === 0 && run.plus >= 0;
      if (c.digits === '') c.digits = groupDigits(g, c.i, c.j);
      let r: Resolved | null;
      if (tier === 1) r = c.reading;
      else {
        if (!tierAsks(tier, c.digits, plus)) continue;
        if (c.state === UNCHECKED) {
          c.state = candidateAllowed(d.text, run, c, plus, checks) ? CHECKED : OUT;
          if (c.state === OUT) {
            alive--;
            continue;
          }
        }
        r = resolveTier(tier, c.digits, plus, ctx);
      }
      if (r === null) {
        if (tier <= TIER_GUESS) {
          c.state = OUT;
          alive--;
        }
        continue;
      }
      if (r.strength < tier) {
        // No region: ranked after every reading with one.
        c.reading = r;
        weak = true;
        continue;
      }
      c.state = OUT;
      alive--;
      // Without a region clue, pairs of digits joined by hyphens ("90-66-96") are measurements.
      if (r.strength <= 2 && looksLikeMeasurements(run, c.i, c.j, d.text)) continue;
      c.reading = r;
      addChosen(nChosen++, c);
      // The candidates sharing its digits are out of the running.
      for (let k = 0; k < n; k++) {
        const o = ranked[k]!;
        if (o.state !== OUT && o.i <= c.j && c.i <= o.j) {
          o.state = OUT;
          alive--;
        }
      }
    }
  }
  for (let k = 0; k < nChosen; k++) {
    const c = chosen[k]!;
    const m = buildMatch(raw, d, run, c.i, c.j, c.i === 0 && run.plus >= 0, c.digits, c.reading!);
    if (!startsAny(out, m.start)) out.push(m);
  }
}

// The digits of all the groups of the run being read, and where group k starts in them
// (offsets[k]): read on the first candidate of several groups, then sliced (a candidate's own
// concatenation would allocate a string per group).
let runDigits: string | undefined;
let offsets: Int32Array = new Int32Array(64);

function groupDigits(g: DigitGroup[], i: number, j: number): string {
  if (i === j) return g[i]!.digits;
  if (runDigits === undefined) {
    if (offsets.length <= g.length) offsets = new Int32Array(g.length * 2);
    let all = '';
    for (let k = 0; k < g.length; k++) {
      offsets[k] = all.length;
      all += g[k]!.digits;
    }
    offsets[g.length] = all.length;
    runDigits = all;
  }
  return i === 0 && j === g.length - 1 ? runDigits : runDigits.slice(offsets[i], offsets[j + 1]);
}

/** Whether what stands around candidate `c` allows a phone number there. */
function candidateAllowed(
  text: string,
  run: DigitRun,
  c: Candidate,
  plus: boolean,
  checks: RunChecks,
): boolean {
  // What stands before group i rules out every candidate starting there at once.
  const before = startCheck(text, run, c.i, plus, checks);
  if (before === START_REJECTED) return false;
  // After a currency sign or pay word only a number no price looks like ("$$ 314 793 2712 $$").
  if (before === START_PRICE && !notAnAmount(text, run, c.i, c.j, c.digits)) return false;
  return contextAllows(text, run, c.i, c.j, plus, c.digits, checks);
}

/** Whether the separator between a and b is the one between c and d. */
function sameGap(text: string, a: DigitGroup, b: DigitGroup, c: DigitGroup, d: DigitGroup): boolean {
  const n = b.start - a.end;
  if (d.start - c.end !== n) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(a.end + k) !== text.charCodeAt(c.end + k)) return false;
  return true;
}

/**
 * A full stop or semicolon that ends a sentence, then a space; or a spaced '|' (text[from, to)).
 * (", " is not one: numbers spelled in pairs are written "zero one, sixty, thirty four".)
 */
function isListBreak(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (to - from === 2) return text.charCodeAt(from + 1) === 32 && (c === 46 || c === 59 || c === 124);
  return to - from === 3 && c === 32 && text.charCodeAt(from + 1) === 124 && text.charCodeAt(from + 2) === 32;
}

/**
 * A height in feet and inches ("5'7\"", "6' 1\"", "5′4″"): one digit, a foot mark, one or two digits
 * and an inch mark. Its groups are a measurement, never part of a number ("5'7\" 130 / 5'2\" 110").
 */
function blockHeights(text: string, g: DigitGroup[], blocked: Uint8Array): void {
  for (let k = 1; k < g.length; k++) {
    const a = g[k - 1]!;
    const b = g[k]!;
    if (a.end - a.start !== 1 || b.end - b.start > 2) continue;
    const f = text.charCodeAt(a.end);
    if (f !== 39 && f !== 0x2032 && f !== 0x2019) continue;
    if (b.start - a.end !== 1 && !(b.start - a.end === 2 && f === 39 && text.charCodeAt(a.end + 1) === 32))
      continue;
    const c = text.charCodeAt(b.end);
    // " (or '' or ″ or ”) after the inches
    if (c === 34 || c === 0x2033 || c === 0x201d || (c === 39 && text.charCodeAt(b.end + 1) === 39)) {
      blocked[k - 1] = 1;
      blocked[k] = 1;
    }
  }
}

/** Four digits 1950-2039: a year. */
function isYear(x: string): boolean {
  if (x.length !== 4 || (x.charCodeAt(0) !== 49 && x.charCodeAt(0) !== 50)) return false;
  const y = Number(x);
  return y >= 1950 && y <= 2039;
}

const START_ALLOWED = 1;
const START_REJECTED = 2;
/** A currency or pay word before: only candidates that are no amount may start there. */
const START_PRICE = 3;

function startCheck(text: string, run: DigitRun, i: number, plus: boolean, checks: RunChecks): number {
  let v = checks.start[i]!;
  if (v === 0) {
    const why = rejectBefore(text, plus ? run.plus : run.groups[i]!.start);
    v = why === null ? START_ALLOWED : why === 'price' ? START_PRICE : START_REJECTED;
    checks.start[i] = v;
  }
  return v;
}

function startAllowed(text: string, run: DigitRun, i: number, plus: boolean, checks: RunChecks): boolean {
  return startCheck(text, run, i, plus, checks) === START_ALLOWED;
}

/**
 * Digits after a currency that cannot be an amount or a range of amounts: ten or more, in two
 * groups or more, none of them round ("314 793 2712"; not "16000-21000", "1 500 000", "150 200 250").
 */
function notAnAmount(text: string, run: DigitRun, i: number, j: number, digits: string): boolean {
  if (digits.length < 10 || j === i) return false;
  const g = run.groups;
  for (let k = i; k <= j; k++) if (g[k]!.digits.endsWith('00') || g[k]!.digits.endsWith('50')) return false;
  return !amountShaped(text, digits, g[i]!.start, g[j]!.end);
}

const END_ASKED = 1;
const END_REJECTED = 2;
const END_AMOUNT = 4;
/** A word glued after: allowed only to a number glued to a phone word before ("call5037243016now"). */
const END_GLUED = 8;

function endFlags(text: string, end: number, j: number, checks: RunChecks): number {
  let v = checks.end[j]!;
  if (v === 0) {
    v = END_ASKED;
    const why = rejectAfter(text, end);
    if (why === 'attached') v |= rejectAfter(text, end, true) === null ? END_GLUED : END_REJECTED;
    else if (why !== null) v |= END_REJECTED;
    else if (amountAfter(text, end)) v |= END_AMOUNT;
    checks.end[j] = v;
  }
  return v;
}

/**
 * A group of two to four digits after a space with its currency after it ("50€", "80 eur", not
 * "14 €300", where the sign starts the next price).
 */
function priceGroup(text: string, prev: DigitGroup, last: DigitGroup): boolean {
  // Digits written one by one ("+91 9 9 1 ... 0 Rs 2500") end with no price.
  if (last.digits.length > 4 || last.digits.length < 2 || prev.digits.length < 3) return false;
  let a = last.end;
  // A space before the sign: four digits end the number ("... 3016 $$ 24/7").
  if (text.charCodeAt(a) === 32) {
    if (last.digits.length > 3) return false;
    a++;
  }
  // A sign with digits right after it starts the next price ("14 €300", "0958€200").
  if (CURRENCY_SIGNS.includes(text[a]!) && isDigitAt(text, a + 1)) return false;
  for (let k = prev.end; k < last.start; k++) if (text.charCodeAt(k) === 32) return true;
  return false;
}

function isDigitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/** Four blocks of four digits with one separator style: a payment card, never a phone. */
function blockCards(run: DigitRun, blocked: Uint8Array): void {
  const g = run.groups;
  for (let k = 0; k + 3 < g.length; k++) {
    let card = true;
    for (let q = k; q <= k + 3; q++) if (g[q]!.digits.length !== 4) card = false;
    if (card) for (let q = k; q <= k + 3; q++) blocked[q] = 1;
  }
}

/**
 * Three groups or more, each ending in 0 and none starting with it ("250 400 1000", "150 ... 250
 * ... 400"): a price list (without a '+').
 */
function roundFigures(g: DigitGroup[], i: number, j: number): boolean {
  if (j - i < 2) return false;
  for (let k = i; k <= j; k++) {
    const x = g[k]!.digits;
    if (x.length < 2 || x.charCodeAt(x.length - 1) !== 48 || x.charCodeAt(0) === 48) return false;
  }
  return true;
}

/** One digit repeated ("0000000", "5555555" after leading zeros) or a counting sequence: filler, not a phone. */
function isFiller(digits: string): boolean {
  let k = 0;
  while (k < digits.length && digits.charCodeAt(k) === 48) k++;
  if (digits.length - k >= 2) {
    const c = digits.charCodeAt(k);
    let same = true;
    for (let q = k + 1; q < digits.length && same; q++) same = digits.charCodeAt(q) === c;
    if (same) return true;
  }
  return digits.length >= 10 && (digits.includes('0123456789') || digits.includes('1234567890'));
}

/** The context tests of candidate i..j that hold whatever its region (the start is checked apart). */
function contextAllows(
  text: string,
  run: DigitRun,
  i: number,
  j: number,
  plus: boolean,
  digits: string,
  checks: RunChecks,
): boolean {
  const g = run.groups;
  const start = plus ? run.plus : g[i]!.start;
  const end = g[j]!.end;
  const after = endFlags(text, end, j, checks);
  if (after & END_REJECTED) return false;
  if (after & END_GLUED && !letterAt(text, start - 1)) return false;
  if (!plus && after & END_AMOUNT && amountShaped(text, digits, g[i]!.start, end)) return false;
  // "+39 369 0985428 50€": the short group set apart before a currency is the price, not the
  // number's end; the candidate that ends before it is read instead.
  if (after & END_AMOUNT && j > i && priceGroup(text, g[j - 1]!, g[j]!)) return false;
  if (isFiller(digits)) return false;
  return plus || !roundFigures(g, i, j);
}

/** The match of chosen candidate i..j read as `resolved`. */
function buildMatch(
  raw: string,
  d: NormalizedText,
  run: DigitRun,
  i: number,
  j: number,
  plus: boolean,
  digits: string,
  resolved: Resolved,
): SelectorMatch {
  const span = toOriginalSpan(d, plus ? run.plus : run.groups[i]!.start, run.groups[j]!.end);
  const text = raw.slice(span.start, span.end);
  const m: SelectorMatch = {
    type: 'phone',
    value: resolved.value,
    raw: text,
    start: span.start,
    end: span.end,
  };
  const obfuscated = isObfuscated(text, j - i + 1, digits.length);
  if (resolved.flags.length > 0 || obfuscated) {
    m.flags = [...resolved.flags];
    if (obfuscated) m.flags.push('obfuscated');
  }
  return m;
}

function looksLikeMeasurements(run: DigitRun, i: number, j: number, text: string): boolean {
  for (let k = i; k <= j; k++) {
    const g = run.groups[k]!;
    if (g.digits.length > 3 || g.digits[0] === '0') return false;
    if (k > i && text.slice(run.groups[k - 1]!.end, g.start) !== '-') return false;
  }
  return true;
}

/** Written to evade search: words, emoji or look-alike digits, odd separators, digit-by-digit spacing. */
function isObfuscated(rawSpan: string, groups: number, digits: number): boolean {
  // "5 0 3 7 2 4 ..." : most groups a single digit
  if (groups >= 6 && digits / groups < 1.7) return true;
  // What an honest number looks like: ASCII digits, spaces, + ( ) - . / and a few letters never;
  // no three spaces in a row, no doubled '-' or '.' (one pass, where three regexes cost more).
  let spaces = 0;
  let dots = 0;
  for (let k = 0; k < rawSpan.length; k++) {
    const c = rawSpan.charCodeAt(k);
    const space = c === 32 || (c >= 9 && c <= 13);
    const dot = c === 45 || c === 46;
    if (!space && !dot && !(c >= 48 && c <= 57) && c !== 43 && c !== 40 && c !== 41 && c !== 47) return true;
    spaces = space ? spaces + 1 : 0;
    dots = dot ? dots + 1 : 0;
    if (spaces === 3 || dots === 2) return true;
  }
  return false;
}
