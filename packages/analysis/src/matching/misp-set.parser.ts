import type { ReferenceCollector } from './reference-collector.ts';
import type { ReferenceValueType } from './reference-value.ts';

/** MISP attribute types we match on. Others (hashes, IPs, …) are skipped, not errors. */
const ATTRIBUTE_TYPES: Record<string, ReferenceValueType> = {
  'phone-number': 'phone',
  'whois-registrant-phone': 'phone',
  email: 'email',
  'email-src': 'email',
  'email-dst': 'email',
  'target-email': 'email',
  'whois-registrant-email': 'email',
  'email-reply-to': 'email',
  url: 'url',
  link: 'url',
  uri: 'url',
  domain: 'domain',
  hostname: 'domain',
  btc: 'crypto',
  xmr: 'crypto',
  dash: 'crypto',
  iban: 'iban',
  'full-name': 'name',
  'first-name': 'name',
  'target-user': 'username',
  'github-username': 'username',
  'jabber-id': 'email',
};
/** `text` attributes are names or usernames only in these object relations. */
const TEXT_RELATIONS: Record<string, ReferenceValueType> = {
  'full-name': 'name',
  name: 'name',
  alias: 'name',
  username: 'username',
  'user-name': 'username',
  nickname: 'username',
};
const CRYPTO_PREFIX: Record<string, string> = { btc: 'btc', xmr: 'xmr', dash: 'dash' };

interface MispAttribute {
  type?: unknown;
  value?: unknown;
  comment?: unknown;
  object_relation?: unknown;
  category?: unknown;
}

/**
 * MISP event JSON (`{ Event: { Attribute: [], Object: [{ Attribute: [] }] } }`, a list of such, or
 * the REST search answer `{ response: [...] }`). Attributes are numbered in document order.
 */
export function parseMispSet(text: string, into: ReferenceCollector): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    into.issue({ message: `not valid JSON: ${(error as Error).message}` });
    return;
  }
  const events = eventsOf(doc);
  if (!events) {
    into.issue({ message: 'no MISP event found (expected {"Event": {...}} or a list of events)' });
    return;
  }
  let entry = 0;
  for (const event of events) {
    const info = typeof event.info === 'string' ? event.info : undefined;
    const groups: { attrs: unknown; objectName?: string }[] = [{ attrs: event.Attribute ?? [] }];
    for (const obj of Array.isArray(event.Object) ? event.Object : []) {
      const o = obj as { Attribute?: unknown; name?: unknown };
      groups.push({ attrs: o.Attribute ?? [], objectName: typeof o.name === 'string' ? o.name : undefined });
    }
    for (const group of groups) {
      if (!Array.isArray(group.attrs)) {
        into.issue({ entry: entry + 1, field: 'Attribute', message: 'Attribute must be a list' });
        continue;
      }
      for (const raw of group.attrs) {
        entry++;
        addAttribute(raw as MispAttribute, entry, info, group.objectName, into);
      }
    }
  }
}

function addAttribute(
  a: MispAttribute,
  entry: number,
  info: string | undefined,
  objectName: string | undefined,
  into: ReferenceCollector,
): void {
  if (typeof a !== 'object' || a === null || typeof a.type !== 'string') {
    into.issue({ entry, field: 'type', message: 'attribute has no type' });
    return;
  }
  const relation = typeof a.object_relation === 'string' ? a.object_relation : '';
  let type = ATTRIBUTE_TYPES[a.type];
  if (a.type === 'text')
    type = TEXT_RELATIONS[relation] ?? (String(a.category).toLowerCase() === 'person' ? 'name' : undefined);
  if (!type) {
    into.skipped++;
    return;
  }
  if (typeof a.value !== 'string') {
    into.issue({ entry, field: 'value', message: `${a.type} attribute has no string value` });
    return;
  }
  let value = a.value;
  // Telegram and other account objects: a username is a handle on that service.
  const service = objectName?.endsWith('-account') ? objectName.slice(0, -'-account'.length) : undefined;
  if (type === 'crypto' && CRYPTO_PREFIX[a.type] && !value.includes(':'))
    value = `${CRYPTO_PREFIX[a.type]}:${value}`;
  if (type === 'domain' && /\.onion\.?$/i.test(value)) type = 'onion';
  const label = typeof a.comment === 'string' && a.comment.trim() ? a.comment : info;
  const ctx = { entry, field: 'value', label };
  if (type === 'username' && service)
    into.add('handle', `${service}:${value.replace(/^@/, '')}`, ctx, 'username');
  else into.add(type, value, ctx);
}

type MispEvent = { info?: unknown; Attribute?: unknown; Object?: unknown };

function eventsOf(doc: unknown): MispEvent[] | undefined {
  const unwrap = (x: unknown): MispEvent | undefined => {
    if (typeof x !== 'object' || x === null) return undefined;
    const o = x as { Event?: unknown; Attribute?: unknown };
    if (typeof o.Event === 'object' && o.Event !== null) return o.Event as MispEvent;
    if (Array.isArray(o.Attribute)) return o as MispEvent;
    return undefined;
  };
  const list = Array.isArray(doc) ? doc : ((doc as { response?: unknown })?.response ?? [doc]);
  if (!Array.isArray(list)) return undefined;
  const events = list.map(unwrap);
  return events.length > 0 && events.every((e) => e !== undefined) ? (events as MispEvent[]) : undefined;
}
