import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { knownMigrations } from './migrate.ts';
import { events, operations, platforms } from './schema/index.ts';
import { openTestDatabase } from './testing.ts';

describe(`database (${process.env.DATABASE_URL ? 'postgres' : 'embedded'})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('is migrated to the newest known version', () => {
    expect(database.migration.version).toBe(knownMigrations().length);
    expect(database.migration.tag).toBe(knownMigrations().at(-1)?.tag);
    expect(database.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'embedded');
  });

  it('round-trips an operation, a platform with an onion address, and an event', async () => {
    const { db } = database;
    const [operation] = await db
      .insert(operations)
      .values({ name: 'Synthetic action day', focus: ['sexual_exploitation'] })
      .returning();
    const [platform] = await db
      .insert(platforms)
      .values({
        operationId: operation!.id,
        name: 'Example market',
        kind: 'dark_web',
        addresses: ['http://exampleexampleexampleexampleexampleexampleexampleexam.onion/'],
        languages: ['uk', 'ru'],
        countries: ['UA', 'PL'],
        targetGroups: ['ukrainian_refugees'],
      })
      .returning();
    const [event] = await db
      .insert(events)
      .values({
        operationId: operation!.id,
        type: 'platform.created',
        payload: { id: platform!.id, ünï: 'кирилиця' },
      })
      .returning();
    const read = await db.select().from(platforms).where(eq(platforms.id, platform!.id));
    expect(read[0]).toMatchObject({ kind: 'dark_web', status: 'registered', languages: ['uk', 'ru'] });
    expect(read[0]!.addresses[0]).toContain('.onion');
    const readEvent = await db.select().from(events).where(eq(events.id, event!.id));
    expect(readEvent[0]!.payload).toEqual({ id: platform!.id, ünï: 'кирилиця' });
  });

  it('keeps concurrent clients apart: parameters, prepared statements and transactions never mix', async () => {
    const { pool } = database;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        pool.query<{ n: number; label: string }>('SELECT $1::int AS n, $2::text AS label', [i, `q${i}`]),
      ),
    );
    for (const [i, result] of results.entries()) expect(result.rows[0]).toEqual({ n: i, label: `q${i}` });
    const operation = (
      await pool.query<{ id: string }>("INSERT INTO operations (name) VALUES ('tx test') RETURNING id")
    ).rows[0]!;
    const transactions = Array.from({ length: 20 }, async (_, i) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO events (operation_id, type, payload) VALUES ($1, $2, $3)', [
          operation.id,
          'tx',
          { i },
        ]);
        if (i % 2 === 0) await client.query('ROLLBACK');
        else await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    await Promise.all(transactions);
    const stored = await pool.query<{ i: number }>(
      "SELECT (payload->>'i')::int AS i FROM events WHERE operation_id = $1 AND type = 'tx' ORDER BY 1",
      [operation.id],
    );
    expect(stored.rows.map((row) => row.i)).toEqual(Array.from({ length: 10 }, (_, k) => 2 * k + 1));
  });
});
