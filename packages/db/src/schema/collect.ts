import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One crawl of a platform (a CLI run, a job, a monitoring round). Page and byte counts are kept
 * here so that limits hold across workers and restarts.
 */
export const crawlRuns = pgTable('crawl_runs', {
  id: text('id').primaryKey(),
  operationId: uuid('operation_id'),
  platformId: uuid('platform_id'),
  adapter: jsonb('adapter').notNull(),
  /** running | done | stopped */
  status: text('status').notNull().default('running'),
  pages: integer('pages').notNull().default(0),
  bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/**
 * The crawl request queue, shared by workers: leased with FOR UPDATE SKIP LOCKED and a lease
 * expiry, so requests held by a killed worker return to the queue.
 * status: queued | leased | done | failed
 */
export const crawlRequests = pgTable(
  'crawl_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    crawlId: text('crawl_id').notNull(),
    url: text('url').notNull(),
    /** listing | item */
    kind: text('kind').notNull(),
    depth: integer('depth').notNull().default(0),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull().defaultNow(),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    evidenceId: uuid('evidence_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('crawl_requests_url_uq').on(t.crawlId, t.url),
    index('crawl_requests_lease_idx').on(t.crawlId, t.status, t.notBefore),
  ],
);

/** One immutable object in the evidence store (WARC, screenshot, image, imported file). */
export const evidenceRecords = pgTable(
  'evidence_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sha256: text('sha256').notNull(),
    /** warc | screenshot | image | import */
    kind: text('kind').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    targetUri: text('target_uri'),
    capturedAt: timestamp('captured_at', { withTimezone: true }).notNull(),
    capturedBy: text('captured_by').notNull(),
    operationId: uuid('operation_id'),
    platformId: uuid('platform_id'),
    crawlId: text('crawl_id'),
    warcRecordId: text('warc_record_id'),
    payloadSha256: text('payload_sha256'),
    source: text('source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evidence_records_sha256_uq').on(t.sha256),
    index('evidence_records_crawl_idx').on(t.crawlId),
  ],
);

/** Chain of custody: capture, import, access, export, verify, recover. Each row hashes its predecessor. */
export const custodyLog = pgTable(
  'custody_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    evidenceSha256: text('evidence_sha256').notNull(),
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    details: jsonb('details').notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('custody_log_evidence_idx').on(t.evidenceSha256),
    uniqueIndex('custody_log_hash_uq').on(t.hash),
  ],
);

/** What monitoring last saw of a platform, per item URL, to tell new, changed and removed items apart. */
export const monitorItems = pgTable(
  'monitor_items',
  {
    /** Platform id, or the adapter name for platforms outside the registry. */
    platformKey: text('platform_key').notNull(),
    url: text('url').notNull(),
    contentHash: text('content_hash').notNull(),
    itemId: uuid('item_id'),
    firstSeen: timestamp('first_seen', { withTimezone: true }).notNull().defaultNow(),
    lastSeen: timestamp('last_seen', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.platformKey, t.url] })],
);
