import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { operations, teams } from './operations.ts';

/**
 * An online platform checked during an operation: the unit of work of an action day.
 * kind: social_media | dating | classifieds | help_aid | forum | messaging | dark_web
 * status: registered -> monitored -> checked -> suspected -> confirmed
 */
export const platforms = pgTable(
  'platforms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** URLs, including .onion addresses. */
    addresses: text('addresses').array().notNull().default([]),
    languages: text('languages').array().notNull().default([]),
    countries: text('countries').array().notNull().default([]),
    targetGroups: text('target_groups').array().notNull().default([]),
    status: text('status').notNull().default('registered'),
    flaggedForFollowUp: integer('flagged_for_follow_up').notNull().default(0),
    /** Cron-like re-crawl schedule for monitoring after the day, e.g. 'every 6h'. */
    monitoringSchedule: text('monitoring_schedule'),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    /** Platforms whose content is child sexual exploitation on the dark web (a key figure). */
    cse: integer('cse').notNull().default(0),
    notes: text('notes').notNull().default(''),
    /** Optimistic concurrency: every update must name the version it read. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('platforms_operation_idx').on(t.operationId, t.status)],
);
