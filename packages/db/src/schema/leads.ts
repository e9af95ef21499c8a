import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { handlingColumns } from './items.ts';
import { operations } from './operations.ts';
import { users } from './users.ts';

/** A lead for further investigation. status: new -> in_progress -> referred -> closed */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** What it came from: item | person | selector | hit */
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    status: text('status').notNull().default('new'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    ...handlingColumns(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('leads_operation_idx').on(t.operationId, t.status)],
);

export const leadComments = pgTable('lead_comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  leadId: uuid('lead_id')
    .notNull()
    .references(() => leads.id, { onDelete: 'cascade' }),
  authorId: uuid('author_id').references(() => users.id),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
