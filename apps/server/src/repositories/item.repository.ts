import { itemSelectors, items } from '@vigil/db';
import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Conn } from './tx.ts';
import { visibleTo } from './visibility.ts';

export type ItemRow = typeof items.$inferSelect;
export type NewItem = typeof items.$inferInsert;

/** Insert unless the same content is already in the operation; returns the row, or undefined for a duplicate. */
export async function insertItem(conn: Conn, item: NewItem): Promise<ItemRow | undefined> {
  const [row] = await conn.insert(items).values(item).onConflictDoNothing().returning();
  return row;
}

export async function insertItemSelectors(
  conn: Conn,
  rows: (typeof itemSelectors.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await conn.insert(itemSelectors).values(rows);
}

/** How many items of the operation already carry each value (a phone in many ads is a signal). */
export async function selectorItemCounts(
  conn: Conn,
  operationId: string,
  values: string[],
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (values.length === 0) return result;
  const rows = await conn
    .select({ value: itemSelectors.value, n: sql<number>`count(distinct ${itemSelectors.itemId})::int` })
    .from(itemSelectors)
    .where(and(eq(itemSelectors.operationId, operationId), inArray(itemSelectors.value, values)))
    .groupBy(itemSelectors.value);
  for (const row of rows) result.set(row.value, Number(row.n));
  return result;
}

export interface ItemFilter {
  operationId: string;
  country: string | null;
  minScore?: number | undefined;
  platformId?: string | undefined;
  before?: Date | undefined;
  limit: number;
}

export function listItems(conn: Conn, filter: ItemFilter): Promise<ItemRow[]> {
  const conditions: SQL[] = [eq(items.operationId, filter.operationId), visibleTo(filter.country, items)];
  if (filter.minScore !== undefined) conditions.push(gte(items.score, filter.minScore));
  if (filter.platformId) conditions.push(eq(items.platformId, filter.platformId));
  if (filter.before) conditions.push(lt(items.capturedAt, filter.before));
  return conn
    .select()
    .from(items)
    .where(and(...conditions))
    .orderBy(desc(items.score), desc(items.capturedAt))
    .limit(filter.limit);
}

export async function findItem(conn: Conn, id: string): Promise<ItemRow | undefined> {
  const [row] = await conn.select().from(items).where(eq(items.id, id));
  return row;
}
