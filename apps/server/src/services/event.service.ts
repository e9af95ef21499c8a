import type { Handled, Permission } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { type EventRow, insertEvent } from '../repositories/event.repository.ts';
import type { Conn } from '../repositories/tx.ts';

export interface EventInput {
  operationId: string;
  type: string;
  payload: Record<string, unknown>;
  /** Visibility: the record's handling; default everyone in the operation. */
  handled?: Handled;
  permission?: Permission;
}

/** What a live client receives. */
export interface PublicEvent {
  id: number;
  time: string;
  type: string;
  actor: { id: string; name: string; country: string | null } | null;
  payload: Record<string, unknown>;
}

/** Events recorded in a transaction, so that after commit they can go live without a re-read. */
const recorded = new WeakMap<object, EventRow[]>();

/** Start collecting the events `tx` records; the returned list fills as they are recorded. */
export function collectEvents(tx: Conn): EventRow[] {
  const rows: EventRow[] = [];
  recorded.set(tx, rows);
  return rows;
}

/** Record a change as an event in the caller's transaction (the hub delivers it after commit). */
export async function recordEvent(tx: Conn, actor: Actor | null, input: EventInput): Promise<EventRow> {
  const actorInfo = actor ? { id: actor.id, name: actor.name, country: actor.country } : null;
  const row = await insertEvent(tx, {
    operationId: input.operationId,
    type: input.type,
    actor: actor?.id ?? null,
    ownerCountry: input.handled?.ownerCountry ?? null,
    handling: input.handled?.handling ?? 'operation',
    sharedWith: [...(input.handled?.sharedWith ?? [])],
    permission: input.permission ?? null,
    payload: { ...input.payload, _actor: actorInfo },
  });
  recorded.get(tx)?.push(row);
  return row;
}

export function toPublicEvent(row: EventRow): PublicEvent {
  const { _actor, ...payload } = row.payload as Record<string, unknown> & { _actor?: PublicEvent['actor'] };
  return { id: row.id, time: row.time.toISOString(), type: row.type, actor: _actor ?? null, payload };
}
