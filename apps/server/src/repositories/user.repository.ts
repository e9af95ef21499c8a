import { sessions, users } from '@vigil/db';
import { and, asc, count, eq, gt, lt } from 'drizzle-orm';
import type { Conn } from './tx.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function countUsers(conn: Conn): Promise<number> {
  const [row] = await conn.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function insertUser(conn: Conn, user: NewUser): Promise<UserRow> {
  const [row] = await conn.insert(users).values(user).returning();
  return row!;
}

export async function findUserByEmail(conn: Conn, email: string): Promise<UserRow | undefined> {
  const [row] = await conn.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function findUser(conn: Conn, id: string): Promise<UserRow | undefined> {
  const [row] = await conn.select().from(users).where(eq(users.id, id));
  return row;
}

export function listUsers(conn: Conn): Promise<UserRow[]> {
  return conn.select().from(users).orderBy(asc(users.email));
}

/** Active users' public fields, by name (to pick team members; no e-mail, no hashes). */
export function userDirectory(conn: Conn) {
  return conn
    .select({ id: users.id, name: users.name, country: users.country, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name));
}

export async function insertSession(conn: Conn, session: typeof sessions.$inferInsert): Promise<void> {
  await conn.insert(sessions).values(session);
}

export async function findSession(conn: Conn, idHash: string, now: Date) {
  const [row] = await conn
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row;
}

export async function touchSession(conn: Conn, idHash: string, now: Date, expiresAt: Date): Promise<void> {
  await conn.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.idHash, idHash));
}

export async function deleteSession(conn: Conn, idHash: string): Promise<void> {
  await conn.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteExpiredSessions(conn: Conn, now: Date): Promise<void> {
  await conn.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function updateUser(
  conn: Conn,
  id: string,
  changes: Partial<Pick<UserRow, 'name' | 'role' | 'country' | 'agencyId' | 'active'>>,
): Promise<UserRow | undefined> {
  const [row] = await conn.update(users).set(changes).where(eq(users.id, id)).returning();
  return row;
}

/**
 * Lock and return the active administrators' ids, so that two concurrent demotions or
 * deactivations cannot both pass the "last administrator" check.
 */
export async function lockActiveAdministrators(conn: Conn): Promise<string[]> {
  const rows = await conn
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'administrator'), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((row) => row.id);
}

export async function deleteSessionsOfUser(conn: Conn, userId: string): Promise<void> {
  await conn.delete(sessions).where(eq(sessions.userId, userId));
}
