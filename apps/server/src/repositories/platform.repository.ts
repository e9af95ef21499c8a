import { platforms } from '@vigil/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Conn } from './tx.ts';

export type PlatformRow = typeof platforms.$inferSelect;
export type NewPlatform = typeof platforms.$inferInsert;

export function listPlatforms(conn: Conn, operationId: string): Promise<PlatformRow[]> {
  return conn
    .select()
    .from(platforms)
    .where(eq(platforms.operationId, operationId))
    .orderBy(asc(platforms.name));
}

export async function findPlatform(conn: Conn, id: string): Promise<PlatformRow | undefined> {
  const [row] = await conn.select().from(platforms).where(eq(platforms.id, id));
  return row;
}

export async function insertPlatforms(conn: Conn, rows: NewPlatform[]): Promise<PlatformRow[]> {
  if (rows.length === 0) return [];
  return conn.insert(platforms).values(rows).returning();
}

/** Update only if nobody changed the row since `version` was read (optimistic concurrency). */
export async function updatePlatformIfVersion(
  conn: Conn,
  id: string,
  version: number,
  values: Partial<NewPlatform>,
): Promise<PlatformRow | undefined> {
  const [row] = await conn
    .update(platforms)
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(platforms.id, id), eq(platforms.version, version)))
    .returning();
  return row;
}
