import { leadComments, leads, users } from '@vigil/db';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Conn } from './tx.ts';
import { visibleTo } from './visibility.ts';

export type LeadRow = typeof leads.$inferSelect;
export type NewLead = typeof leads.$inferInsert;

const leadColumns = { lead: leads, assigneeName: users.name };

export async function insertLead(conn: Conn, values: NewLead): Promise<LeadRow> {
  const [row] = await conn.insert(leads).values(values).returning();
  return row!;
}

export async function findLead(conn: Conn, id: string) {
  const [row] = await conn
    .select(leadColumns)
    .from(leads)
    .leftJoin(users, eq(users.id, leads.assigneeId))
    .where(eq(leads.id, id));
  return row;
}

export function listLeads(conn: Conn, operationId: string, country: string | null) {
  return conn
    .select(leadColumns)
    .from(leads)
    .leftJoin(users, eq(users.id, leads.assigneeId))
    .where(and(eq(leads.operationId, operationId), visibleTo(country, leads)))
    .orderBy(desc(leads.createdAt));
}

export async function updateLeadIfVersion(conn: Conn, id: string, version: number, values: Partial<NewLead>) {
  const [row] = await conn
    .update(leads)
    .set({ ...values, version: version + 1 })
    .where(and(eq(leads.id, id), eq(leads.version, version)))
    .returning();
  return row;
}

export async function insertComment(conn: Conn, values: typeof leadComments.$inferInsert) {
  const [row] = await conn.insert(leadComments).values(values).returning();
  return row!;
}

export function commentsOf(conn: Conn, leadId: string) {
  return conn
    .select({
      id: leadComments.id,
      authorName: users.name,
      body: leadComments.body,
      createdAt: leadComments.createdAt,
    })
    .from(leadComments)
    .leftJoin(users, eq(users.id, leadComments.authorId))
    .where(eq(leadComments.leadId, leadId))
    .orderBy(asc(leadComments.createdAt));
}
