import { bigserial, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit log: hash = SHA-256(prev_hash || canonical entry). Altering or
 * deleting any entry breaks the chain, which `vigil audit verify` detects.
 */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  time: timestamp('time', { withTimezone: true, precision: 3 }).notNull(),
  actor: uuid('actor'),
  /** read | create | update | delete | export | login ... */
  action: text('action').notNull(),
  resourceType: text('resource_type').notNull(),
  resourceId: text('resource_id'),
  details: jsonb('details').notNull().default({}),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
