import { events } from '@vigil/db';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Conn } from './tx.ts';

/** Serialises event inserts so ids commit in order: readers resuming "after id N" never skip one. */
const EVENT_ORDER_LOCK = 727_002;

export type EventRow = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;

/**
 * Insert an event, taking the ordering lock in the same statement (one round trip, and the lock is
 * held only from here to COMMIT, so callers should record events last in their transaction). The
 * MATERIALIZED CTE runs before the row is built, so the id is drawn under the lock; the time is the
 * clock at insert, just before commit, rather than the transaction's start.
 */
export async function insertEvent(tx: Conn, event: NewEvent): Promise<EventRow> {
  const result = await tx.execute<RawEvent>(sql`
    WITH ordered AS MATERIALIZED (SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK}))
    INSERT INTO ${events} (time, actor, operation_id, type, owner_country, handling, shared_with, permission, payload)
    SELECT clock_timestamp(), ${event.actor ?? null}, ${event.operationId ?? null}, ${event.type},
      ${event.ownerCountry ?? null}, ${event.handling ?? 'operation'}, ${sql.param(event.sharedWith ?? [])}::text[],
      ${event.permission ?? null}, ${JSON.stringify(event.payload ?? {})}::jsonb
    FROM ordered
    RETURNING *`);
  return fromRaw(result.rows[0]!);
}

interface RawEvent extends Record<string, unknown> {
  id: string | number;
  time: Date | string;
  actor: string | null;
  operation_id: string | null;
  type: string;
  owner_country: string | null;
  handling: string;
  shared_with: string[];
  permission: string | null;
  payload: Record<string, unknown>;
}

function fromRaw(row: RawEvent): EventRow {
  return {
    id: Number(row.id),
    time: row.time instanceof Date ? row.time : new Date(row.time),
    actor: row.actor,
    operationId: row.operation_id,
    type: row.type,
    ownerCountry: row.owner_country,
    handling: row.handling,
    sharedWith: row.shared_with,
    permission: row.permission,
    payload: row.payload,
  };
}

/** Events after `afterId` in id order, across all operations (the hub's feed). */
export function eventsAfter(conn: Conn, afterId: number, limit: number): Promise<EventRow[]> {
  return conn.select().from(events).where(gt(events.id, afterId)).orderBy(asc(events.id)).limit(limit);
}

export function operationEventsAfter(
  conn: Conn,
  operationId: string,
  afterId: number,
  limit: number,
): Promise<EventRow[]> {
  return conn
    .select()
    .from(events)
    .where(and(eq(events.operationId, operationId), gt(events.id, afterId)))
    .orderBy(asc(events.id))
    .limit(limit);
}

export async function latestEventId(conn: Conn): Promise<number> {
  const [row] = await conn.select({ id: sql<number>`coalesce(max(${events.id}), 0)::bigint` }).from(events);
  return Number(row?.id ?? 0);
}

/** Events about one record, e.g. a platform's history. */
export function eventsAbout(
  conn: Conn,
  operationId: string,
  key: string,
  value: string,
): Promise<EventRow[]> {
  return conn
    .select()
    .from(events)
    .where(and(eq(events.operationId, operationId), sql`${events.payload}->>${key} = ${value}`))
    .orderBy(asc(events.id));
}

/** The newest events of an operation, oldest first (a first paint of the feed). */
export async function latestOperationEvents(
  conn: Conn,
  operationId: string,
  limit: number,
): Promise<EventRow[]> {
  const rows = await conn
    .select()
    .from(events)
    .where(eq(events.operationId, operationId))
    .orderBy(desc(events.id))
    .limit(limit);
  return rows.reverse();
}
