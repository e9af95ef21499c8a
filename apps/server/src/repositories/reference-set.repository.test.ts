import { type Database, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findReferenceSet,
  finishSetImport,
  insertReferenceSet,
  insertReferenceValues,
  pageSetValues,
  withTransaction,
} from './reference-set.repository.ts';

describe(`reference set repository (${process.env.DATABASE_URL ? 'postgres' : 'embedded'})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const meta = {
    name: 'repo test',
    ownerCountry: 'NL',
    handling: 'owner',
    kind: 'plain' as const,
    sourceFormat: 'csv',
    validFrom: new Date('2026-11-01T00:00:00Z'),
  };

  it('writes a set with batched values, ignoring duplicates, and pages through them in order', async () => {
    const { pool } = database;
    const id = await withTransaction(pool, async (client) => {
      const setId = await insertReferenceSet(client, meta);
      const values = Array.from({ length: 2500 }, (_, i) => ({
        type: 'email',
        value: `u${String(i).padStart(5, '0')}@example.org`,
      }));
      let n = await insertReferenceValues(client, setId, values.slice(0, 2000));
      n += await insertReferenceValues(client, setId, values.slice(1500));
      await finishSetImport(client, setId, n);
      return setId;
    });
    const set = await findReferenceSet(pool, id);
    expect(set).toMatchObject({ name: 'repo test', valueCount: 2500, kind: 'plain', version: 1 });
    const seen: string[] = [];
    let after: { type: string; value: string } | null = null;
    for (;;) {
      const page = await pageSetValues(pool, id, after, 700);
      if (page.length === 0) break;
      seen.push(...page.map((r) => r.value));
      after = page.at(-1)!;
    }
    expect(seen).toHaveLength(2500);
    expect(seen).toEqual([...seen].sort());
  });

  it('is atomic: a failure in the middle of an import leaves no set and no values', async () => {
    const { pool } = database;
    const before = await pool.query('SELECT count(*)::int AS n FROM reference_values');
    let setId = '';
    await expect(
      withTransaction(pool, async (client) => {
        setId = await insertReferenceSet(client, { ...meta, name: 'half-imported' });
        await insertReferenceValues(client, setId, [{ type: 'email', value: 'a@example.org' }]);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(setId).not.toBe('');
    expect(await findReferenceSet(pool, 'half-imported')).toBeUndefined();
    const after = await pool.query('SELECT count(*)::int AS n FROM reference_values');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
