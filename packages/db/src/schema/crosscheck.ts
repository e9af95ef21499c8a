import {
  bigint,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { leads } from './leads.ts';
import { operations } from './operations.ts';
import { users } from './users.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * A reference set: a watchlist or reference database imported as typed canonical values
 * (kind 'plain'), or another country's keyed-hash filter (kind 'filter', values unknown to us).
 * operation_id null: usable by every operation. handling: who may see its values and hits.
 */
export const referenceSets = pgTable(
  'reference_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id').references(() => operations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    ownerCountry: text('owner_country').notNull(),
    handling: text('handling').notNull().default('owner'),
    /** plain | filter */
    kind: text('kind').notNull(),
    /** csv | json | ftm | misp | filter */
    sourceFormat: text('source_format').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull().defaultNow(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    valueCount: bigint('value_count', { mode: 'number' }).notNull().default(0),
    /** Increases when the set is replaced by a new import (or a new filter version). */
    version: integer('version').notNull().default(1),
    /** Filter sets: the verified file as received, and its header (set id, key id, n, m, k, fp rate…). */
    filterFile: bytea('filter_file'),
    filterHeader: jsonb('filter_header'),
    filterKeyId: text('filter_key_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reference_sets_operation_idx').on(t.operationId)],
);

/**
 * Values of plain sets. The key leads with (type, value) so that one index serves both the
 * uniqueness per set and lookups of a selector across all sets. fuzzy_key: the Latin form of
 * names and usernames for trigram search (pg_trgm index created at run time where available).
 */
export const referenceValues = pgTable(
  'reference_values',
  {
    setId: uuid('set_id')
      .notNull()
      .references(() => referenceSets.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    value: text('value').notNull(),
    label: text('label'),
    country: text('country'),
    fuzzyKey: text('fuzzy_key'),
  },
  (t) => [primaryKey({ columns: [t.type, t.value, t.setId] }), index('reference_values_set_idx').on(t.setId)],
);

/**
 * A hit: a selector, item or person matched a value of a set. match_kind exact | fuzzy | filter;
 * matched_value is the set's value ('' for filter hits: a filter reveals none).
 * status: new | confirmed | dismissed | lead
 */
export const hits = pgTable(
  'hits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    operationId: uuid('operation_id').references(() => operations.id, { onDelete: 'cascade' }),
    setId: uuid('set_id')
      .notNull()
      .references(() => referenceSets.id, { onDelete: 'cascade' }),
    /** item | person | selector */
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    selectorType: text('selector_type').notNull(),
    selectorValue: text('selector_value').notNull(),
    matchedValue: text('matched_value').notNull().default(''),
    matchKind: text('match_kind').notNull(),
    score: real('score').notNull(),
    /** The set's version that produced the hit; a re-import raises the set's version, old hits keep theirs. */
    setVersion: integer('set_version').notNull().default(1),
    status: text('status').notNull().default('new'),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('hits_uq').on(
      t.setId,
      t.sourceType,
      t.sourceId,
      t.selectorType,
      t.selectorValue,
      t.matchedValue,
    ),
    index('hits_operation_idx').on(t.operationId, t.createdAt),
    index('hits_selector_idx').on(t.selectorType, t.selectorValue),
  ],
);

/**
 * Filter keys of sharing groups, held server-side so that analysts never handle raw keys. One
 * active key per group (the newest not revoked); key_id is the public fingerprint written into
 * filters. The key leaves the server only on an administrator's explicit export (exported_at).
 */
export const sharingGroupKeys = pgTable(
  'sharing_group_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sharingGroup: text('sharing_group').notNull(),
    keyId: text('key_id').notNull().unique(),
    keyMaterial: bytea('key_material').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    exportedAt: timestamp('exported_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sharing_group_keys_group_idx').on(t.sharingGroup, t.createdAt)],
);
