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
});
