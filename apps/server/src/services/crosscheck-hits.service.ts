import { mayReadHandled } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { can } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import {
  findListedHit,
  type HitListRow,
  listOperationHits,
} from '../repositories/reference-hit.repository.ts';
import { appendAudit } from './audit.service.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { CrosscheckError, hitToLead } from './crosscheck.service.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { recordEvent } from './event.service.ts';
import { requireOperation } from './operation.service.ts';

/**
 * How much a hit says: exact equality of canonical values is strong; a fuzzy name or username
 * match is weaker (scored below 1); a filter hit only says the owner MAY hold the value.
 */
export function strengthOf(hit: Pick<HitListRow, 'matchKind'>): 'strong' | 'weaker' | 'possible' {
  if (hit.matchKind === 'exact') return 'strong';
  return hit.matchKind === 'fuzzy' ? 'weaker' : 'possible';
}

/** The reader may see what matched (the item or person behind the hit) under its own handling. */
function maySeeSource(actor: Actor, hit: HitListRow): boolean {
  if (hit.sourceRole === 'victim' && !can(actor, 'person.read_victim')) return false;
  if (hit.sourceHandling === null) return true;
  return mayReadHandled(actor.country, {
    ownerCountry: hit.sourceOwnerCountry,
    handling: hit.sourceHandling,
    sharedWith: hit.sourceSharedWith ?? [],
  });
}

/** Whether the reader may see the set's own value; if not, the hit only names the set and owner. */
const maySeeSetValue = (actor: Actor, hit: HitListRow) =>
  hit.setKind === 'plain' &&
  mayReadHandled(actor.country, {
    ownerCountry: hit.setOwnerCountry,
    handling: hit.setHandling,
    sharedWith: [],
  });

export function presentHit(actor: Actor, hit: HitListRow) {
  const valueVisible = maySeeSetValue(actor, hit);
  return {
    id: hit.id,
    operationId: hit.operationId,
    source: { type: hit.sourceType, id: hit.sourceId },
    selector: { type: hit.selectorType, value: hit.selectorValue },
    matchedValue: valueVisible ? hit.matchedValue : null,
    matchKind: hit.matchKind,
    score: hit.score,
    strength: strengthOf(hit),
    set: {
      id: hit.setId,
      name: hit.setName,
      ownerCountry: hit.setOwnerCountry,
      kind: hit.setKind,
      versionOfHit: hit.setVersion,
      currentVersion: hit.currentSetVersion,
    },
    /** Whom to ask when the reader may not see the set's value (other country's list, or a filter). */
    confirmWith: valueVisible ? null : hit.setOwnerCountry,
    status: hit.status,
    leadId: hit.leadId,
    createdAt: hit.createdAt.toISOString(),
  };
}

/** Hits of an operation the reader may see: hidden sources are left out, hidden set values blanked. */
export async function listHits(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  page: { limit?: number; before?: string } = {},
) {
  authorize(actor, 'reference.read');
  await requireOperation(ctx, operationId);
  const limit = Math.min(Math.max(page.limit ?? 500, 1), 5000);
  const visible = (await visiblePage(ctx, actor, operationId, limit, page.before)).map((hit) =>
    presentHit(actor, hit),
  );
  await inTransaction(ctx, (tx) =>
    appendAudit(tx, [
      {
        actor: actor.id,
        action: 'read',
        resourceType: 'hit',
        resourceId: null,
        details: { operationId, ids: visible.map((h) => h.id) },
      },
    ]),
  );
  return visible;
}

/**
 * Up to `limit` hits the reader may see, after the cursor. Hidden hits are skipped by reading
 * further batches, so a page shorter than `limit` means there is nothing more (the client can
 * page on with the last id it got and never stops early at a run of hidden hits).
 */
async function visiblePage(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  limit: number,
  before: string | undefined,
): Promise<HitListRow[]> {
  const visible: HitListRow[] = [];
  let cursor = before;
  for (;;) {
    const rows = await listOperationHits(ctx.database.pool, operationId, limit, cursor);
    for (const hit of rows) if (maySeeSource(actor, hit)) visible.push(hit);
    if (visible.length >= limit || rows.length < limit) return visible.slice(0, limit);
    cursor = rows.at(-1)?.id;
  }
}

/** One action: the hit becomes a lead owned by the reader's country; the hit points at the lead. */
export async function createLeadFromHit(ctx: ServiceContext, actor: Actor, hitId: string) {
  authorize(actor, 'lead.create');
  const hit = await findListedHit(ctx.database.pool, hitId);
  if (!hit?.operationId || !maySeeSource(actor, hit)) throw notFound('hit');
  if (hit.leadId) throw conflict(`this hit is already lead ${hit.leadId}`);
  const ownerCountry = actor.country ?? hit.sourceOwnerCountry;
  if (!ownerCountry) throw invalid('a user without a country cannot own a lead');
  let leadId: string;
  try {
    leadId = await hitToLead(ctx.database.pool, hit.id, {
      operationId: hit.operationId,
      ownerCountry,
      userId: actor.id,
    });
  } catch (error) {
    if (error instanceof CrosscheckError) throw conflict(error.message);
    throw error;
  }
  await inTransaction(ctx, async (tx) => {
    await recordEvent(tx, actor, {
      operationId: hit.operationId!,
      type: 'lead.created',
      handled: { ownerCountry, handling: 'operation', sharedWith: [] },
      payload: {
        leadId,
        title: `${hit.selectorType} hit in ${hit.setName}`,
        sourceType: 'hit',
        hitId: hit.id,
      },
    });
    await appendAudit(tx, [
      {
        actor: actor.id,
        action: 'create',
        resourceType: 'lead',
        resourceId: leadId,
        details: { hitId: hit.id },
      },
    ]);
  });
  return { leadId, hit: presentHit(actor, { ...hit, status: 'lead', leadId }) };
}
