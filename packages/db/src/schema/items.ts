import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { operations } from './operations.ts';
import { platforms } from './platforms.ts';
import { users } from './users.ts';

/** Need-to-know columns shared by items, people and leads. */
export const handlingColumns = () => ({
  ownerCountry: text('owner_country').notNull(),
  /** operation: everyone in the operation; countries: owner + shared_with; owner: owner country only */
  handling: text('handling').notNull().default('operation'),
  sharedWith: text('shared_with').array().notNull().default([]),
});

/** An ad, post, profile or channel captured from a platform. Captured text is never edited. */
export const items = pgTable(
  'items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id')
      .notNull()
      .references(() => operations.id, { onDelete: 'cascade' }),
    platformId: uuid('platform_id').references(() => platforms.id, { onDelete: 'set null' }),
    /** ad | post | profile | channel */
    itemType: text('item_type').notNull().default('ad'),
    externalId: text('external_id'),
    url: text('url'),
    title: text('title').notNull().default(''),
    text: text('text').notNull(),
    images: text('images').array().notNull().default([]),
    lang: text('lang'),
    kind: text('kind'),
    score: integer('score').notNull().default(0),
    analysis: jsonb('analysis'),
    /** SHA-256 of the captured content, to import the same content only once. */
    contentHash: text('content_hash').notNull(),
    capturedAt: timestamp('captured_at', { withTimezone: true }).notNull().defaultNow(),
    capturedBy: uuid('captured_by').references(() => users.id),
    postedAt: timestamp('posted_at', { withTimezone: true }),
    evidenceId: uuid('evidence_id'),
    ...handlingColumns(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('items_operation_idx').on(t.operationId, t.score),
    uniqueIndex('items_content_uq').on(t.operationId, t.contentHash),
  ],
);

/** Selectors found in items, in canonical form: what cross-checks and linking work on. */
export const itemSelectors = pgTable(
  'item_selectors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    operationId: uuid('operation_id').notNull(),
    type: text('type').notNull(),
    value: text('value').notNull(),
    raw: text('raw').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (t) => [
    index('item_selectors_value_idx').on(t.type, t.value),
    index('item_selectors_item_idx').on(t.itemId),
  ],
);

/** Annotations live beside evidence, never in it. */
export const itemNotes = pgTable('item_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  itemId: uuid('item_id')
    .notNull()
    .references(() => items.id, { onDelete: 'cascade' }),
  authorId: uuid('author_id').references(() => users.id),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
