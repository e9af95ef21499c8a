import { type Database, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCustodyChain } from './evidence-index.ts';
import { PgEvidenceIndex } from './pg-evidence-index.ts';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db?.close());

describe('PgEvidenceIndex custody group commit', () => {
  it('chains concurrent appends from two indexes in one unbroken order, each caller getting its own row', async () => {
    const a = new PgEvidenceIndex(db.pool);
    const b = new PgEvidenceIndex(db.pool);
    const at = new Date('2026-11-28T12:00:00Z');
    const entries = Array.from({ length: 120 }, (_, i) => ({
      evidenceSha256: i.toString(16).padStart(64, '0'),
      action: 'access' as const,
      actor: `actor-${i}`,
      at,
      details: { i },
    }));
    const rows = await Promise.all(entries.map((e, i) => (i % 2 ? a : b).appendCustody(e)));
    expect(rows.map((r) => r.actor)).toEqual(entries.map((e) => e.actor));
    expect(new Set(rows.map((r) => r.seq)).size).toBe(entries.length);
    // Calls to one index keep their order in the chain.
    const fromA = rows.filter((_, i) => i % 2).map((r) => r.seq);
    expect([...fromA].sort((x, y) => x - y)).toEqual(fromA);
    const log = await a.custody();
    expect(log).toHaveLength(entries.length);
    expect(checkCustodyChain(log)).toEqual([]);
    for (const row of rows) expect(log.find((l) => l.seq === row.seq)?.hash).toBe(row.hash);
  });
});
