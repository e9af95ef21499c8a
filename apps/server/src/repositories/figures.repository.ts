import { events, items, leads, people, platforms } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Conn } from './tx.ts';

/** The raw material of the key figures: small rows, aggregated in the service. */
export function platformFacts(conn: Conn, operationId: string) {
  return conn
    .select({
      id: platforms.id,
      status: platforms.status,
      flagged: platforms.flaggedForFollowUp,
      targetGroups: platforms.targetGroups,
      kind: platforms.kind,
      cse: platforms.cse,
      countries: platforms.countries,
      createdAt: platforms.createdAt,
    })
    .from(platforms)
    .where(eq(platforms.operationId, operationId));
}

export function personFacts(conn: Conn, operationId: string) {
  return conn
    .select({
      role: people.role,
      nationality: people.nationality,
      focusGroup: people.focusGroup,
      linked: people.linkedToExploitation,
      ownerCountry: people.ownerCountry,
      createdAt: people.createdAt,
    })
    .from(people)
    .where(eq(people.operationId, operationId));
}

export function itemCountsByCountry(conn: Conn, operationId: string) {
  return conn
    .select({
      country: items.ownerCountry,
      n: sql<number>`count(*)::int`,
      high: sql<number>`count(*) filter (where ${items.score} >= 70)::int`,
    })
    .from(items)
    .where(eq(items.operationId, operationId))
    .groupBy(items.ownerCountry);
}

export function leadCountsByCountry(conn: Conn, operationId: string) {
  return conn
    .select({ country: leads.ownerCountry, n: sql<number>`count(*)::int` })
    .from(leads)
    .where(eq(leads.operationId, operationId))
    .groupBy(leads.ownerCountry);
}

/** Status and flag changes over time, to replay how the platform figures grew. */
export function platformChanges(conn: Conn, operationId: string) {
  return conn
    .select({ time: events.time, type: events.type, payload: events.payload })
    .from(events)
    .where(
      and(
        eq(events.operationId, operationId),
        sql`${events.type} IN ('platform.status_changed', 'platform.flagged')`,
      ),
    )
    .orderBy(events.id);
}
