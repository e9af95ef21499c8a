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
  const by = new ByType();
  for (const kind of kinds) {
    // Kinds that can reuse the pipeline's normalised text do so (one normalisation per item).
    const found =
      prepared && kind.extractPrepared
        ? kind.extractPrepared(prepared, options)
        : kind.extract(text, options);
    by.add(kind.type, found);
  }
  const { email, onion, crypto, iban } = by;
  const handles = email.length === 0 ? by.handle : by.handle.filter((h) => !overlapsAny(h, email));
  const derived = handles.length === 0 ? NONE : phonesFromHandles(handles);
  const keep: SelectorMatch[] = [];
  for (const list of [email, handles, onion, crypto, iban, derived]) for (const m of list) keep.push(m);
  for (const m of by.url) if (!overlapsAny(m, email)) keep.push(m);
  for (const m of by.domain) {
    if (!overlapsAny(m, email) && !overlapsAny(m, handles)) keep.push(m);
  }
  for (const m of by.phone) {
    if (
      !overlapsAny(m, derived) &&
      !overlapsAny(m, crypto) &&
      !overlapsAny(m, iban) &&
      !overlapsAny(m, onion)
    )
      keep.push(m);
  }
  if (by.others) for (const found of by.others.values()) for (const m of found) keep.push(m);
  return dedupe(keep);
}

/** The matches of each type, in the order the kinds found them (fields rather than a Map per item). */
class ByType {
  email = NONE;
  handle = NONE;
  onion = NONE;
  crypto = NONE;
  iban = NONE;
  url = NONE;
  domain = NONE;
  phone = NONE;
  /** Types no rule above knows, in the order first seen. */
  others: Map<string, SelectorMatch[]> | undefined;

  add(type: string, found: SelectorMatch[]): void {
    switch (type) {
      case 'email':
      case 'handle':
      case 'onion':
      case 'crypto':
      case 'iban':
      case 'url':
      case 'domain':
      case 'phone':
        this[type] = join(this[type], found);
        return;
      default: {
        this.others ??= new Map();
        const list = this.others.get(type);
        if (list) list.push(...found);
        else this.others.set(type, found);
      }
    }
  }
}

// Module functions rather than closures: tsx compiles with keepNames, which makes every closure
// created per item cost a defineProperty call.
const NONE: SelectorMatch[] = [];

/** `found` appended to `list` (the first list of a type is kept as it is, as the Map did). */
function join(list: SelectorMatch[], found: SelectorMatch[]): SelectorMatch[] {
  if (list === NONE) return found;
  list.push(...found);
  return list;
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
  if (matches.length < 2) return matches;
  if (matches.length <= 16) insertionSort(matches);
  else matches.sort(compareMatches);
  const out: SelectorMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (!last || compareMatches(last, m) !== 0) out.push(m);
  }
  return out;
}

/** Stable like Array.prototype.sort, and cheaper for the handful of matches an ad has. */
function insertionSort(matches: SelectorMatch[]): void {
  for (let i = 1; i < matches.length; i++) {
    const m = matches[i]!;
    let j = i - 1;
    while (j >= 0 && compareMatches(matches[j]!, m) > 0) {
      matches[j + 1] = matches[j]!;
      j--;
    }
    matches[j + 1] = m;
  }
}
