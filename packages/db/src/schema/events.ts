import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every change users should see live is an event row. The live feed, "what changed since" and the
 * figures' growth chart read from it. Ids are assigned under an advisory lock so that they commit
 * in order, which is what makes resuming by Last-Event-ID lossless.
 */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    time: timestamp('time', { withTimezone: true }).notNull().defaultNow(),
    actor: uuid('actor'),
    operationId: uuid('operation_id'),
    type: text('type').notNull(),
    /** Who may see it: owner country and handling code of the record it is about. */
    ownerCountry: text('owner_country'),
    handling: text('handling').notNull().default('operation'),
    sharedWith: text('shared_with').array().notNull().default([]),
    /** Permission needed to see it at all, e.g. 'person.read_victim'. */
    permission: text('permission'),
    payload: jsonb('payload').notNull().default({}),
  },
  (t) => [index('events_operation_idx').on(t.operationId, t.id)],
);
