import { keys } from './query-keys.ts';
import type { LiveEvent } from './types.ts';

type Key = readonly unknown[];

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** The id of the record an event is about, from the payload fields the server may use. */
function subjectId(payload: Record<string, unknown>, field: string): string | null {
  return text(payload[field]) ?? text(payload.id) ?? text(record(payload[field.replace(/Id$/, '')]).id);
}

/** Which cached queries an event makes stale. Figures change with almost every write. */
export function queryKeysFor(event: Pick<LiveEvent, 'type' | 'payload'>, op: string): Key[] {
  const payload = record(event.payload);
  const [domain] = event.type.split('.');
  switch (domain) {
    case 'platform': {
      const id = subjectId(payload, 'platformId');
      return [keys.platforms(op), keys.figures(op), ...(id ? [keys.platformHistory(id)] : [])];
    }
    case 'claim':
    case 'alert':
      return [keys.claims(op), keys.platforms(op)];
    case 'item': {
      const id = subjectId(payload, 'itemId');
      return [keys.items(op), keys.figures(op), ...(id ? [keys.item(id)] : [])];
    }
    case 'person': {
      const id = subjectId(payload, 'personId');
      return [keys.people(op), keys.figures(op), ...(id ? [keys.person(id)] : [])];
    }
    case 'lead': {
      const id = subjectId(payload, 'leadId');
      return [keys.leads(op), keys.figures(op), ...(id ? [keys.lead(id)] : [])];
    }
    case 'operation':
    case 'team':
      return [keys.operations, keys.operation(op), keys.figures(op)];
    case 'presence':
      return [keys.presence(op)];
    case 'hit':
      return [keys.hits(op), keys.referenceSets(op), keys.figures(op)];
    case 'reference_set':
      return [keys.referenceSets(op), keys.hits(op)];
    default:
      return [keys.figures(op)];
  }
}

/** Order event ids: numeric ids numerically, others as strings (both sort by creation on the server). */
export function compareEventIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    return a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : a.length - b.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Merge new events into the feed: newest first, no duplicates (a resumed stream may repeat), capped. */
export function mergeEvents(
  feed: readonly LiveEvent[],
  incoming: readonly LiveEvent[],
  cap = 200,
): LiveEvent[] {
  const byId = new Map<string, LiveEvent>();
  for (const event of feed) byId.set(event.id, event);
  for (const event of incoming) byId.set(event.id, event);
  return [...byId.values()].sort((a, b) => compareEventIds(b.id, a.id)).slice(0, cap);
}

/** Parse one SSE `data:` payload defensively: a malformed message must not break the feed. */
export function parseEvent(data: string, lastEventId: string): LiveEvent | null {
  try {
    const value = record(JSON.parse(data));
    const id = text(value.id) ?? text(lastEventId);
    const type = text(value.type);
    if (!id || !type) return null;
    const actor = record(value.actor);
    return {
      id,
      type,
      time: text(value.time) ?? new Date().toISOString(),
      actor: text(actor.id)
        ? { id: text(actor.id)!, name: text(actor.name) ?? '?', country: text(actor.country) }
        : null,
      payload: value.payload ?? null,
    };
  } catch {
    return null;
  }
}

const VERBS: Record<string, string> = {
  'platform.created': 'added platform',
  'platform.updated': 'edited platform',
  'platform.status_changed': 'changed status of',
  'platform.flagged': 'flagged for follow-up:',
  'claim.created': 'claimed',
  'claim.released': 'released claim on',
  'alert.deconfliction': 'Deconfliction alert:',
  'item.created': 'captured item',
  'person.created': 'recorded',
  'person.updated': 'updated',
  'lead.created': 'opened lead',
  'lead.updated': 'updated lead',
  'lead.commented': 'commented on lead',
  'operation.created': 'created the operation',
  'operation.updated': 'updated the operation',
  'team.created': 'created team',
  'team.member_added': 'added a member to a team',
  'presence.changed': 'presence changed',
};

/** Resolves a claim's target key (a platform id) to a readable name, when the page knows it. */
export type NameResolver = (targetType: string, targetKey: string) => string | undefined;

function target(payload: Record<string, unknown>, resolve?: NameResolver): string | null {
  const key = text(payload.targetKey);
  if (!key) return null;
  const type = text(payload.targetType) ?? '';
  return resolve?.(type, key) ?? key;
}

function party(value: unknown): string {
  const p = record(value);
  const who = text(p.teamName) ?? text(p.userName) ?? '?';
  return text(p.country) ? `${who} (${text(p.country)})` : who;
}

/** One line of plain text for the feed; every part comes from data and is rendered as text. */
export function describeEvent(event: LiveEvent, resolve?: NameResolver): string {
  const payload = record(event.payload);
  let verb = VERBS[event.type] ?? event.type;
  if (event.type === 'platform.flagged' && payload.flagged === false) verb = 'removed follow-up flag from';
  const subject =
    target(payload, resolve) ??
    text(payload.name) ??
    text(payload.title) ??
    text(payload.label) ??
    text(payload.username) ??
    '';
  const details: string[] = [];
  const from = text(payload.from);
  const to = text(payload.to) ?? text(payload.status);
  if ((event.type === 'platform.status_changed' || event.type === 'lead.updated') && to && to !== from) {
    details.push(from ? `${from} → ${to}` : `→ ${to}`);
  }
  if (event.type === 'claim.created' && (text(payload.teamName) || text(payload.country)))
    details.push(`for ${party(payload)}`);
  if (event.type === 'alert.deconfliction' && Array.isArray(payload.parties)) {
    details.push(`claimed by ${payload.parties.map(party).join(' and ')}`);
  }
  if (event.type === 'item.created' && text(payload.score)) details.push(`score ${text(payload.score)}`);
  const reason = text(payload.reason);
  if (reason) details.push(`“${reason}”`);
  const actor = event.actor
    ? `${event.actor.name}${event.actor.country ? ` (${event.actor.country})` : ''} `
    : '';
  const line = event.type === 'alert.deconfliction' ? `${verb} ${subject}` : `${actor}${verb} ${subject}`;
  return [line.trim(), ...details].join(' · ');
}
