import { agencies } from '@vigil/db';
import { asc, eq } from 'drizzle-orm';
import type { Conn } from './tx.ts';

export type AgencyRow = typeof agencies.$inferSelect;

export function listAgencies(conn: Conn): Promise<AgencyRow[]> {
  return conn.select().from(agencies).orderBy(asc(agencies.name));
}

export async function findAgency(conn: Conn, id: string): Promise<AgencyRow | undefined> {
  const [row] = await conn.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function findAgencyByName(conn: Conn, name: string): Promise<AgencyRow | undefined> {
  const [row] = await conn.select().from(agencies).where(eq(agencies.name, name));
  return row;
}

export async function insertAgency(conn: Conn, values: typeof agencies.$inferInsert): Promise<AgencyRow> {
  const [row] = await conn.insert(agencies).values(values).returning();
  return row!;
}
