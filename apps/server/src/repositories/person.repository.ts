import { people, personItems, personSelectors } from '@vigil/db';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Conn } from './tx.ts';
import { visibleTo } from './visibility.ts';

export type PersonRow = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

export async function insertPerson(conn: Conn, values: NewPerson): Promise<PersonRow> {
  const [row] = await conn.insert(people).values(values).returning();
  return row!;
}

export async function findPerson(conn: Conn, id: string): Promise<PersonRow | undefined> {
  const [row] = await conn.select().from(people).where(eq(people.id, id));
  return row;
}

export function listPeople(
  conn: Conn,
  filter: { operationId: string; country: string | null; roles: string[] },
): Promise<PersonRow[]> {
  const conditions: SQL[] = [
    eq(people.operationId, filter.operationId),
    visibleTo(filter.country, people),
    inArray(people.role, filter.roles),
  ];
  return conn
    .select()
    .from(people)
    .where(and(...conditions))
    .orderBy(asc(people.createdAt));
}

export async function updatePersonIfVersion(
  conn: Conn,
  id: string,
  version: number,
  values: Partial<NewPerson>,
) {
  const [row] = await conn
    .update(people)
    .set({ ...values, version: version + 1 })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning();
  return row;
}

export async function linkPersonItems(conn: Conn, personId: string, itemIds: string[]): Promise<void> {
  if (itemIds.length > 0)
    await conn.insert(personItems).values(itemIds.map((itemId) => ({ personId, itemId })));
}

export async function linkPersonSelectors(
  conn: Conn,
  personId: string,
  selectors: { type: string; value: string }[],
) {
  if (selectors.length > 0)
    await conn.insert(personSelectors).values(selectors.map((s) => ({ personId, ...s })));
}

export async function linksOf(conn: Conn, personIds: string[]) {
  if (personIds.length === 0) return { items: [], selectors: [] };
  const [itemLinks, selectorLinks] = await Promise.all([
    conn.select().from(personItems).where(inArray(personItems.personId, personIds)),
    conn.select().from(personSelectors).where(inArray(personSelectors.personId, personIds)),
  ]);
  return { items: itemLinks, selectors: selectorLinks };
}
