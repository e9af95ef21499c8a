import { type Database, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventRow, insertEvent } from '../repositories/event.repository.ts';
import { EventHub } from './event-hub.ts';

const OPERATION = '00000000-0000-4000-8000-0000000000aa';

describe('EventHub: delivery in id order, each event once', () => {
  let database: Database;
  let hub: EventHub;
  const delivered: number[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    // A long poll interval: only explicit wake-ups read the database in this test.
    hub = new EventHub(database, 60_000);
    await hub.start();
    hub.subscribe({ operationId: OPERATION, deliver: (row) => delivered.push(row.id) });
  });
  afterAll(async () => {
    await hub?.stop();
    await database?.close();
  });

  const commitOne = (type: string): Promise<EventRow> =>
    database.db.transaction((tx) => insertEvent(tx, { operationId: OPERATION, type, payload: {} }));
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  };

  it('delivers a locally committed event that continues the sequence at once, without a read', async () => {
    const row = await commitOne('direct');
    hub.committed([row]);
    expect(delivered).toEqual([row.id]);
  });

  it('fills a hole from the database and never repeats an event reported late or twice', async () => {
    const start = delivered.length;
    const [a, b, c] = [await commitOne('a'), await commitOne('b'), await commitOne('c')];
    // The reply for c arrives first: a and b are missing, so c must wait for the re-read.
    hub.committed([c]);
    expect(delivered.length).toBe(start);
    await until(() => delivered.length >= start + 3);
    hub.committed([a, b]);
    hub.committed([c]);
    await until(() => false === hub.isBusy);
    expect(delivered.slice(start)).toEqual([a.id, b.id, c.id]);
  });

  it('skips an id lost to a rollback', async () => {
    const start = delivered.length;
    await database.db
      .transaction(async (tx) => {
        await insertEvent(tx, { operationId: OPERATION, type: 'rolled-back', payload: {} });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const after = await commitOne('after-rollback');
    hub.committed([after]);
    await until(() => delivered.length > start);
    expect(delivered.slice(start)).toEqual([after.id]);
  });
});
