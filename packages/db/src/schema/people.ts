import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { handlingColumns, items } from './items.ts';
import { operations } from './operations.ts';
import { platforms } from './platforms.ts';
import { users } from './users.ts';

/**
 * Suspects, possible victims and usernames/accounts. Victim records need `person.read_victim`.
 * role: suspect | victim | username
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    name: text('name').notNull().default(''),
    /** For usernames/accounts: the handle, and the platform it lives on. */
    username: text('username'),
    platformId: uuid('platform_id').references(() => platforms.id, { onDelete: 'set null' }),
    nationality: text('nationality'),
    /** Linked to the operation's vulnerable focus group (e.g. Ukrainian refugees). */
    focusGroup: integer('focus_group').notNull().default(0),
    /** Linked to exploitation (for usernames: the "of which linked" figure). */
    linkedToExploitation: integer('linked_to_exploitation').notNull().default(0),
    /** Victims: none | pending | referred | declined */
    safeguardingStatus: text('safeguarding_status'),
    notes: text('notes').notNull().default(''),
    ...handlingColumns(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('people_operation_idx').on(t.operationId, t.role)],
);

export const personItems = pgTable('person_items', {
  personId: uuid('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  itemId: uuid('item_id')
    .notNull()
    .references(() => items.id, { onDelete: 'cascade' }),
});

export const personSelectors = pgTable('person_selectors', {
  personId: uuid('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  type: text('type').notNull(),
  value: text('value').notNull(),
});
