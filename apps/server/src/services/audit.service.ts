import type { Database } from '@vigil/db';
import { auditEntriesAfter, insertAuditEntries, lockChainHead } from '../repositories/audit.repository.ts';
import type { Conn } from '../repositories/tx.ts';
import { type AuditFields, chainHash } from './audit-chain.ts';

export type AuditEntry = Omit<AuditFields, 'time'>;

/** Append entries to the hash-chained audit log inside the caller's transaction. */
export async function appendAudit(tx: Conn, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  let prevHash = await lockChainHead(tx);
  const time = new Date();
  const rows = entries.map((entry) => {
    const fields = { ...entry, time, details: entry.details ?? {} };
    const hash = chainHash(prevHash, fields);
    const row = { ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await insertAuditEntries(tx, rows);
}

export interface AuditVerification {
  entries: number;
  ok: boolean;
  /** The first entry whose content or link does not match, with why. */
  problems: { id: number; problem: string }[];
}

/**
 * Re-hash the whole chain; any altered, inserted or deleted entry shows up as a broken link. (Ids
 * may have gaps from rolled-back transactions, so gaps alone prove nothing; the links do.)
 */
export async function verifyAudit(database: Database): Promise<AuditVerification> {
  const problems: AuditVerification['problems'] = [];
  let prevHash = '';
  let lastId = 0;
  let count = 0;
  for (;;) {
    const rows = await auditEntriesAfter(database.db, lastId, 5_000);
    if (rows.length === 0) break;
    for (const row of rows) {
      count++;
      if (row.prevHash !== prevHash && problems.length < 100) {
        problems.push({
          id: row.id,
          problem: 'link to the previous entry is broken (an entry was removed or changed)',
        });
      }
      const expected = chainHash(row.prevHash, {
        time: row.time,
        actor: row.actor,
        action: row.action,
        resourceType: row.resourceType,
        resourceId: row.resourceId,
        details: row.details,
      });
      if (expected !== row.hash && problems.length < 100) {
        problems.push({ id: row.id, problem: 'content does not match its hash (the entry was altered)' });
      }
      prevHash = row.hash;
      lastId = row.id;
    }
  }
  return { entries: count, ok: problems.length === 0, problems };
}
