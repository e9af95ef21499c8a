import type { ExtractOptions, PreparedText, SelectorKind, SelectorMatch } from '../types.ts';
import { validInternational } from './phone-validate.ts';

const overlaps = (a: SelectorMatch, b: SelectorMatch) => a.start < b.end && b.start < a.end;

/** A WhatsApp, Viber or Telegram handle that is a phone number is also that phone (E.164). */
function phonesFromHandles(handles: SelectorMatch[]): SelectorMatch[] {
  const out: SelectorMatch[] = [];
  for (const h of handles) {
    const m = /^(?:whatsapp|viber|telegram|signal):(?:p\/)?(\+\d{7,15})$/.exec(h.value);
    // libphonenumber-js with full metadata, memoised there: messenger numbers repeat across ads.
    const phone = m?.[1] ? validInternational(m[1].slice(1)) : null;
    if (phone) {
      out.push({
        type: 'phone',
        value: phone.e164,
        raw: h.raw,
        start: h.start,
        end: h.end,
        flags: ['messenger_link'],
      });
    }
  }
  return out;
}

/**
 * Runs every kind and settles overlaps, so that one piece of text is counted once for what it is:
 * - an e-mail's domain is not also a domain, URL or handle;
 * - a profile link (`t.me/anna`) yields the handle and the URL, not the service's domain;
 * - a number in a messenger link (`wa.me/316…`) is a phone in E.164 and replaces the phone kind's
 *   reading of the same digits, which cannot know the number is international;
 * - digits inside a crypto address, IBAN or onion address are not a phone (a number used as an
 *   e-mail's local part, `0612345678@gmail.com`, is: people do that).
 */
export function extractAllWith(
  kinds: SelectorKind[],
  text: string,
  options: ExtractOptions = {},
  prepared?: PreparedText,
): SelectorMatch[] {
  const byType = new Map<string, SelectorMatch[]>();
  for (const kind of kinds) {
    // Kinds that can reuse the pipeline's normalised text do so (one normalisation per item).
    const found =
      prepared && kind.extractPrepared
        ? kind.extractPrepared(prepared, options)
        : kind.extract(text, options);
    const list = byType.get(kind.type);
    if (list) list.push(...found);
    else byType.set(kind.type, found);
  }
  const emails = get(byType, 'email');
  const handles = get(byType, 'handle').filter((h) => !overlapsAny(h, emails));
  const derived = phonesFromHandles(handles);
  const opaque = [...get(byType, 'crypto'), ...get(byType, 'iban'), ...get(byType, 'onion')];

  const keep: SelectorMatch[] = [
    ...emails,
    ...handles,
    ...get(byType, 'onion'),
    ...get(byType, 'crypto'),
    ...get(byType, 'iban'),
    ...derived,
  ];
  for (const m of get(byType, 'url')) if (!overlapsAny(m, emails)) keep.push(m);
  for (const m of get(byType, 'domain')) {
    if (!overlapsAny(m, emails) && !overlapsAny(m, handles)) keep.push(m);
  }
  for (const m of get(byType, 'phone')) {
    if (!overlapsAny(m, derived) && !overlapsAny(m, opaque)) keep.push(m);
  }
  for (const [type, found] of byType) if (!KNOWN_TYPES.has(type)) keep.push(...found);
  return dedupe(keep);
}

// Module functions rather than closures: tsx compiles with keepNames, which makes every closure
// created per item cost a defineProperty call.
const KNOWN_TYPES = new Set(['email', 'handle', 'onion', 'crypto', 'iban', 'url', 'domain', 'phone']);
const NONE: SelectorMatch[] = [];

function get(byType: Map<string, SelectorMatch[]>, type: string): SelectorMatch[] {
  return byType.get(type) ?? NONE;
}

function overlapsAny(m: SelectorMatch, list: SelectorMatch[]): boolean {
  for (const o of list) if (overlaps(m, o)) return true;
  return false;
}

function compareMatches(a: SelectorMatch, b: SelectorMatch): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

/** Sorted by position; exact repeats (same type, value and span) dropped. */
function dedupe(matches: SelectorMatch[]): SelectorMatch[] {
  matches.sort(compareMatches);
  const out: SelectorMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (!last || compareMatches(last, m) !== 0) out.push(m);
  }
  return out;
}
