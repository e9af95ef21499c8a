import { events } from '@vigil/db';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Conn } from './tx.ts';

/** Serialises event inserts so ids commit in order: readers resuming "after id N" never skip one. */
const EVENT_ORDER_LOCK = 727_002;

export type EventRow = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;

export async function insertEvent(tx: Conn, event: NewEvent): Promise<EventRow> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK})`);
  const [row] = await tx.insert(events).values(event).returning();
  return row!;
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
