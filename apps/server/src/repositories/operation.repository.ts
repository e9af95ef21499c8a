import { operationCountries, operations, teamMembers, teams, users } from '@vigil/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Conn } from './tx.ts';

export type OperationRow = typeof operations.$inferSelect;

export function listOperations(conn: Conn): Promise<OperationRow[]> {
  return conn.select().from(operations).orderBy(asc(operations.createdAt));
}

export async function findOperation(conn: Conn, id: string): Promise<OperationRow | undefined> {
  const [row] = await conn.select().from(operations).where(eq(operations.id, id));
  return row;
}

export async function insertOperation(
  conn: Conn,
  values: typeof operations.$inferInsert,
): Promise<OperationRow> {
  const [row] = await conn.insert(operations).values(values).returning();
  return row!;
}

export async function updateOperation(
  conn: Conn,
  id: string,
  version: number,
  values: Partial<typeof operations.$inferInsert>,
): Promise<OperationRow | undefined> {
  const [row] = await conn
    .update(operations)
    .set({ ...values, version: version + 1 })
    .where(and(eq(operations.id, id), eq(operations.version, version)))
    .returning();
  return row;
}

export async function operationCountryCodes(
  conn: Conn,
  operationIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (operationIds.length === 0) return result;
  const rows = await conn
    .select()
    .from(operationCountries)
    .where(inArray(operationCountries.operationId, operationIds));
  for (const row of rows) result.set(row.operationId, [...(result.get(row.operationId) ?? []), row.country]);
  return result;
}

export async function setOperationCountries(
  conn: Conn,
  operationId: string,
  countries: string[],
): Promise<void> {
  await conn.delete(operationCountries).where(eq(operationCountries.operationId, operationId));
  if (countries.length > 0) {
    await conn.insert(operationCountries).values(countries.map((country) => ({ operationId, country })));
  }
}

export function teamsOf(conn: Conn, operationId: string) {
  return conn.select().from(teams).where(eq(teams.operationId, operationId)).orderBy(asc(teams.name));
}

export async function findTeam(conn: Conn, id: string) {
  const [row] = await conn.select().from(teams).where(eq(teams.id, id));
  return row;
}

export async function insertTeam(conn: Conn, values: typeof teams.$inferInsert) {
  const [row] = await conn.insert(teams).values(values).returning();
  return row!;
}

export async function addTeamMember(conn: Conn, teamId: string, userId: string): Promise<void> {
  await conn.insert(teamMembers).values({ teamId, userId }).onConflictDoNothing();
}

export async function removeTeamMember(conn: Conn, teamId: string, userId: string): Promise<boolean> {
  const removed = await conn
    .delete(teamMembers)
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
    .returning({ userId: teamMembers.userId });
  return removed.length > 0;
}

export function membersOfTeams(conn: Conn, teamIds: string[]) {
  if (teamIds.length === 0) return Promise.resolve([]);
  return conn
    .select({
      teamId: teamMembers.teamId,
      id: users.id,
      name: users.name,
      country: users.country,
      role: users.role,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(inArray(teamMembers.teamId, teamIds));
}

/** Teams of one user within an operation (their claims are made on behalf of these). */
export function teamsOfUser(conn: Conn, operationId: string, userId: string) {
  return conn
    .select({ id: teams.id, name: teams.name, country: teams.country })
    .from(teams)
    .innerJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(and(eq(teams.operationId, operationId), eq(teamMembers.userId, userId)));
}
