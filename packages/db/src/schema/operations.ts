import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { countries } from './reference.ts';
import { users } from './users.ts';

/** An action day (or a continuous monitoring operation). */
export const operations = pgTable('operations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  startsAt: timestamp('starts_at', { withTimezone: true }),
  endsAt: timestamp('ends_at', { withTimezone: true }),
  /** e.g. ['sexual_exploitation', 'labour_exploitation', 'child_sexual_exploitation'] */
  focus: text('focus').array().notNull().default([]),
  /** The vulnerable group in focus, e.g. { label: 'Ukrainian refugees', nationality: 'UA' }. */
  focusGroup: jsonb('focus_group').$type<{ label: string; nationality?: string } | null>(),
  /** Key-figure definitions; null means the default set from the brief. */
  metrics: jsonb('metrics').$type<unknown[] | null>(),
  synthetic: integer('synthetic').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const operationCountries = pgTable(
  'operation_countries',
  {
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    country: text('country')
      .notNull()
      .references(() => countries.code),
  },
  (t) => [primaryKey({ columns: [t.operationId, t.country] })],
);

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  operationId: uuid('operation_id')
    .notNull()
    .references(() => operations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  country: text('country').references(() => countries.code),
});

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);
