import { claims, teams, users } from '@vigil/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Conn } from './tx.ts';

const claimColumns = {
  id: claims.id,
  operationId: claims.operationId,
  targetType: claims.targetType,
  targetKey: claims.targetKey,
  teamId: claims.teamId,
  teamName: teams.name,
  country: claims.country,
  userId: claims.userId,
  userName: users.name,
  createdAt: claims.createdAt,
};

export type ClaimView = Awaited<ReturnType<typeof activeClaims>>[number];

export function activeClaims(conn: Conn, operationId: string) {
  return conn
    .select(claimColumns)
    .from(claims)
    .leftJoin(teams, eq(teams.id, claims.teamId))
    .leftJoin(users, eq(users.id, claims.userId))
    .where(and(eq(claims.operationId, operationId), isNull(claims.releasedAt)))
    .orderBy(asc(claims.createdAt));
}

export function activeClaimsOn(conn: Conn, operationId: string, targetType: string, targetKey: string) {
  return conn
    .select(claimColumns)
    .from(claims)
    .leftJoin(teams, eq(teams.id, claims.teamId))
    .leftJoin(users, eq(users.id, claims.userId))
    .where(
      and(
        eq(claims.operationId, operationId),
        eq(claims.targetType, targetType),
        eq(claims.targetKey, targetKey),
        isNull(claims.releasedAt),
      ),
    );
}

export async function insertClaim(conn: Conn, values: typeof claims.$inferInsert) {
  const [row] = await conn.insert(claims).values(values).returning();
  return row!;
}

export async function findClaim(conn: Conn, id: string) {
  const [row] = await conn.select().from(claims).where(eq(claims.id, id));
  return row;
}

export async function releaseClaim(conn: Conn, id: string): Promise<void> {
  await conn.update(claims).set({ releasedAt: new Date() }).where(eq(claims.id, id));
}
