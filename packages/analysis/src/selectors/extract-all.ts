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
  const get = (type: string) => byType.get(type) ?? [];
  const emails = get('email');
  const handles = get('handle').filter((h) => !emails.some((e) => overlaps(h, e)));
  const derived = phonesFromHandles(handles);
  const opaque = [...get('crypto'), ...get('iban'), ...get('onion')];

  const keep: SelectorMatch[] = [
    ...emails,
    ...handles,
    ...get('onion'),
    ...get('crypto'),
    ...get('iban'),
    ...derived,
  ];
  for (const m of get('url')) if (!emails.some((e) => overlaps(m, e))) keep.push(m);
  for (const m of get('domain')) {
    if (!emails.some((e) => overlaps(m, e)) && !handles.some((h) => overlaps(m, h))) keep.push(m);
  }
  for (const m of get('phone')) {
    if (!derived.some((d) => overlaps(m, d)) && !opaque.some((o) => overlaps(m, o))) keep.push(m);
  }
  const known = new Set(['email', 'handle', 'onion', 'crypto', 'iban', 'url', 'domain', 'phone']);
  for (const [type, found] of byType) if (!known.has(type)) keep.push(...found);
  return dedupe(keep);
}

/** Sorted by position; exact repeats (same type, value and span) dropped. */
function dedupe(matches: SelectorMatch[]): SelectorMatch[] {
  const cmp = (a: SelectorMatch, b: SelectorMatch) =>
    a.start - b.start ||
    a.end - b.end ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  matches.sort(cmp);
  const out: SelectorMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (!last || cmp(last, m) !== 0) out.push(m);
  }
  return out;
}
