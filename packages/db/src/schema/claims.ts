import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { operations, teams } from './operations.ts';
import { users } from './users.ts';

/** A team says "we are working on this" so that no two teams duplicate work. */
export const claims = pgTable(
  'claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    /** platform | username | selector */
    targetType: text('target_type').notNull(),
    targetKey: text('target_key').notNull(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    country: text('country'),
    userId: uuid('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
  },
  (t) => [index('claims_target_idx').on(t.operationId, t.targetType, t.targetKey)],
);
