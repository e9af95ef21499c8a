import { createHash } from 'node:crypto';
import { analysisText, analyzeItem } from '@vigil/analysis';
import type { Actor } from '../auth/actor.ts';
import { assertReadable, authorize } from '../policies/access.policy.ts';
import {
  findItem,
  type ItemRow,
  insertItem,
  insertItemSelectors,
  listItems,
  selectorItemCounts,
} from '../repositories/item.repository.ts';
import { findPlatform } from '../repositories/platform.repository.ts';
import type { Tx } from '../repositories/tx.ts';
import { appendAudit } from './audit.service.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { announceHits, matchSelectors } from './crosscheck.service.ts';
import { invalid } from './errors.ts';
import { recordEvent } from './event.service.ts';
import { type HandlingInput, resolveHandling } from './handling.ts';
import { requireOperation } from './operation.service.ts';

export interface ItemInput extends HandlingInput {
  text: string;
  title?: string;
  url?: string;
  platformId?: string | null;
  itemType?: string;
  capturedAt?: string;
  postedAt?: string | null;
  images?: string[];
  /** Region for phone numbers without a country code. */
  country?: string;
  externalId?: string;
  /** The evidence record (WARC capture) a crawled item was read from. */
  evidenceId?: string;
}

const MAX_TEXT = 1_000_000;

export function summarizeItem(row: ItemRow) {
  return {
    id: row.id,
    operationId: row.operationId,
    platformId: row.platformId,
    itemType: row.itemType,
    title: row.title,
    url: row.url,
    score: row.score,
    kind: row.kind,
    lang: row.lang,
    capturedAt: row.capturedAt.toISOString(),
    ownerCountry: row.ownerCountry,
    handling: row.handling,
    sharedWith: row.sharedWith,
    snippet: row.text.slice(0, 240),
  };
}

/** Content fingerprint: the same capture imported twice is stored once. */
export function contentHash(input: Pick<ItemInput, 'url' | 'title' | 'text'>): string {
  return createHash('sha256')
    .update(`${input.url ?? ''}\n${input.title ?? ''}\n${input.text}`)
    .digest('hex');
}

/** Analyse and store one item inside a transaction; undefined when it is a duplicate. */
export async function storeItem(
  tx: Tx,
  actor: Actor,
  operationId: string,
  input: ItemInput,
): Promise<ItemRow | undefined> {
  if (typeof input.text !== 'string' || input.text.trim() === '') throw invalid('text must not be empty');
  if (input.text.length > MAX_TEXT) throw invalid(`text is longer than ${MAX_TEXT} characters`);
  if (input.platformId) {
    const platform = await findPlatform(tx, input.platformId);
    if (!platform || platform.operationId !== operationId)
      throw invalid('platformId: no such platform in this operation');
  }
  const handled = resolveHandling(actor, input);
  const id = crypto.randomUUID();
  const draft = {
    id,
    text: input.text,
    title: input.title,
    url: input.url,
    country: input.country ?? handled.ownerCountry,
  };
  const firstPass = analyzeItem(draft);
  const phones = firstPass.selectors.filter((s) => s.type === 'phone').map((s) => s.value);
  const counts = await selectorItemCounts(tx, operationId, phones);
  const phoneItemCount = Math.max(1, ...phones.map((phone) => (counts.get(phone) ?? 0) + 1));
  const analysis = phoneItemCount > 1 ? analyzeItem(draft, {}, { phoneItemCount }) : firstPass;
  const row = await insertItem(tx, {
    id,
    operationId,
    platformId: input.platformId ?? null,
    itemType: input.itemType ?? 'ad',
    externalId: input.externalId ?? null,
    url: input.url ?? null,
    title: input.title ?? '',
    text: input.text,
    images: input.images ?? [],
    lang: analysis.lang ?? null,
    kind: analysis.kind,
    score: analysis.score,
    analysis: { ...analysis, text: analysisText(draft) },
    contentHash: contentHash(input),
    capturedAt: input.capturedAt ? new Date(input.capturedAt) : new Date(),
    capturedBy: actor.id,
    postedAt: input.postedAt ? new Date(input.postedAt) : null,
    evidenceId: input.evidenceId ?? null,
    ...handled,
  });
  if (!row) return undefined;
  await insertItemSelectors(
    tx,
    analysis.selectors.map((s) => ({
      itemId: id,
      operationId,
      type: s.type,
      value: s.value,
      raw: s.raw,
      start: s.start,
      end: s.end,
    })),
  );
  await recordEvent(tx, actor, {
    operationId,
    type: 'item.created',
    handled,
    payload: {
      itemId: id,
      title: row.title || row.text.slice(0, 80),
      score: row.score,
      kind: row.kind,
      platformId: row.platformId,
    },
  });
  await appendAudit(tx, [
    { actor: actor.id, action: 'create', resourceType: 'item', resourceId: id, details: { operationId } },
  ]);
  return row;
}

export async function createItem(ctx: ServiceContext, actor: Actor, operationId: string, input: ItemInput) {
  authorize(actor, 'item.create');
  await requireOperation(ctx, operationId);
  const row = await inTransaction(ctx, (tx) => storeItem(tx, actor, operationId, input));
  if (!row) return { duplicate: true as const };
  await crossCheckItems(ctx, [row]);
  return presentItem(row);
}

/**
 * Check new items' selectors against the reference sets the operation may use, and put any hits on
 * the live feed. A failing cross-check never loses the item: it is logged by the caller's retry
 * (the retro-hunt of the next set import covers it too).
 */
export async function crossCheckItems(ctx: ServiceContext, rows: ItemRow[]): Promise<void> {
  const occurrences = rows.flatMap((row) =>
    ((row.analysis as { selectors?: { type: string; value: string }[] } | null)?.selectors ?? []).map(
      (s) => ({
        operationId: row.operationId,
        sourceType: 'item' as const,
        sourceId: row.id,
        type: s.type,
        value: s.value,
      }),
    ),
  );
  if (occurrences.length === 0) return;
  const hits = await matchSelectors(ctx.database.pool, occurrences, new Date());
  if (hits.length > 0) {
    await announceHits(ctx.database, hits);
    ctx.eventsCommitted();
  }
}

export function presentItem(row: ItemRow) {
  return {
    ...summarizeItem(row),
    text: row.text,
    images: row.images,
    postedAt: row.postedAt?.toISOString() ?? null,
    analysis: row.analysis,
  };
}

export async function listOperationItems(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  query: { minScore?: number; platformId?: string; limit?: number; before?: string },
) {
  authorize(actor, 'item.read');
  await requireOperation(ctx, operationId);
  const rows = await listItems(ctx.database.db, {
    operationId,
    country: actor.country,
    minScore: query.minScore,
    platformId: query.platformId,
    before: query.before ? new Date(query.before) : undefined,
    limit: Math.min(query.limit ?? 100, 1000),
  });
  await ctx.database.db.transaction((tx) =>
    appendAudit(tx, [
      {
        actor: actor.id,
        action: 'read',
        resourceType: 'item',
        resourceId: null,
        details: { operationId, ids: rows.map((r) => r.id) },
      },
    ]),
  );
  return rows.map(summarizeItem);
}

export async function getItem(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'item.read');
  const row = assertReadable(actor, await findItem(ctx.database.db, id), 'item');
  await ctx.database.db.transaction((tx) =>
    appendAudit(tx, [{ actor: actor.id, action: 'read', resourceType: 'item', resourceId: id, details: {} }]),
  );
  return presentItem(row);
}
