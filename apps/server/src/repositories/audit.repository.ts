import { auditLog } from '@vigil/db';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Conn } from './tx.ts';

const AUDIT_CHAIN_LOCK = 727_003;
export type AuditRow = typeof auditLog.$inferSelect;
export type NewAudit = Omit<typeof auditLog.$inferInsert, 'id' | 'prevHash' | 'hash'>;

/** Take the chain lock for this transaction and return the hash of the newest entry. */
export async function lockChainHead(tx: Conn): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [head] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return head?.hash ?? '';
}

export async function insertAuditEntries(
  tx: Conn,
  rows: (NewAudit & { prevHash: string; hash: string })[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(auditLog).values(rows);
}

export function auditEntriesAfter(conn: Conn, afterId: number, limit: number): Promise<AuditRow[]> {
  return conn.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}
