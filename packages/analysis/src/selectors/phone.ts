import { digitText } from '../normalize/digit-text.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { type NormalizedText, toOriginalSpan } from '../normalize/normalized-text.ts';
import type { ExtractOptions, PreparedText, SelectorKind, SelectorMatch } from '../types.ts';
import { dateOrTimeGroups, inferRegions, isAmount, rejectReason } from './phone-context.ts';
import { type RegionContext, resolvePhone } from './phone-resolve.ts';
import { type DigitRun, scanDigitRuns } from './phone-scanner.ts';
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

function regionContext(d: NormalizedText, options: ExtractOptions): RegionContext {
  const known: string[] = [];
  for (const r of [options.country, options.defaultCountry]) {
    const u = r?.toUpperCase();
    if (u && /^[A-Z]{2}$/.test(u) && !known.includes(u)) known.push(u);
  }
  let inferred: string[] | undefined;
  return {
    known,
    inferred: () => {
      inferred ??= inferRegions(d.text, options.lang).filter((r) => !known.includes(r));
      return inferred;
    },
  };
}

/** Phones in a prepared text; offsets into `prepared.raw`. */
export function extractPhones(prepared: PreparedText, options: ExtractOptions): SelectorMatch[] {
  const d = digitText(prepared.normalized);
  const runs = scanDigitRuns(d.text, MIN_DIGITS);
  if (runs.length === 0) return [];
  const ctx = regionContext(d, options);
  const out: SelectorMatch[] = [];
  for (const run of runs) {
    for (const m of segmentRun(prepared.raw, d, run, ctx)) {
      if (!out.some((o) => o.start === m.start)) out.push(m);
    }
  }
  return out;
}

/** Split a run into phone numbers: longest valid group ranges first, left to right. */
function segmentRun(raw: string, d: NormalizedText, run: DigitRun, ctx: RegionContext): SelectorMatch[] {
  const g = run.groups;
  if (g.some((x) => x.digits.length > MAX_DIGITS + 2)) return []; // long ID, card or account number
  if (isCardLike(run)) return [];
  const blocked = dateOrTimeGroups(d.text, run);
  const out: SelectorMatch[] = [];
  let i = 0;
  while (i < g.length) {
    let found = -1;
    let total = 0;
    for (let j = i; j < g.length; j++) total += g[j]!.digits.length;
    for (let j = g.length - 1; j >= i; j--) {
      const plus = i === 0 && run.plus >= 0;
      const limit = plus || g[i]!.digits.startsWith('00') ? MAX_DIGITS + 2 : MAX_DIGITS;
      if (total < MIN_DIGITS) break;
      if (total <= limit && !rangeBlocked(blocked, i, j)) {
        const m = candidate(raw, d, run, i, j, plus, ctx);
        if (m) {
          out.push(m);
          found = j;
          break;
        }
      }
      total -= g[j]!.digits.length;
    }
    i = found >= 0 ? found + 1 : i + 1;
  }
  return out;
}

function rangeBlocked(blocked: Set<number>, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (blocked.has(k)) return true;
  return false;
}

/** 16-19 digits in blocks of four (or Amex 4-6-5): a payment card, not a phone. */
function isCardLike(run: DigitRun): boolean {
  const sizes = run.groups.map((x) => x.digits.length);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < 15 || total > 19) return false;
  return sizes.slice(0, -1).every((s) => s === 4) || sizes.join(',') === '4,6,5';
}

function candidate(
  raw: string,
  d: NormalizedText,
  run: DigitRun,
  i: number,
  j: number,
  plus: boolean,
  ctx: RegionContext,
): SelectorMatch | null {
  const g = run.groups;
  const start = plus ? run.plus : g[i]!.start;
  const end = g[j]!.end;
  let digits = '';
  for (let k = i; k <= j; k++) digits += g[k]!.digits;
  if (rejectReason(d.text, start, end) !== null) return null;
  if (isAmount(d.text, digits, g[i]!.start, end)) return null;
  if (/^(\d)\1+$/.test(digits.replace(/^0+/, '')) || /0123456789|1234567890/.test(digits)) return null;
  const resolved = resolvePhone(digits, plus, ctx);
  if (!resolved) return null;
  const span = toOriginalSpan(d, start, end);
  const text = raw.slice(span.start, span.end);
  const flags = [...resolved.flags];
  if (isObfuscated(text, j - i + 1, digits.length)) flags.push('obfuscated');
  const m: SelectorMatch = {
    type: 'phone',
    value: resolved.value,
    raw: text,
    start: span.start,
    end: span.end,
  };
  if (flags.length > 0) m.flags = flags;
  return m;
}

// What an honest number looks like: digits, spaces, + ( ) - . / and a few letters never.
const PLAIN = /^[+\d\s().\-/]*$/;

/** Written to evade search: words, emoji or look-alike digits, odd separators, digit-by-digit spacing. */
function isObfuscated(rawSpan: string, groups: number, digits: number): boolean {
  if (!PLAIN.test(rawSpan)) return true;
  if (/[^\x00-\x7f]/.test(rawSpan)) return true;
  // "5 0 3 7 2 4 ..." : most groups a single digit
  if (groups >= 6 && digits / groups < 1.7) return true;
  return /\s{3,}|[-.]{2,}/.test(rawSpan);
}
