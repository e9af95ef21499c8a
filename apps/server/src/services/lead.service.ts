import { LEAD_SOURCES, LEAD_STATUSES } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { assertReadable, authorize } from '../policies/access.policy.ts';
import {
  commentsOf,
  findLead,
  insertComment,
  insertLead,
  type LeadRow,
  listLeads,
  updateLeadIfVersion,
} from '../repositories/lead.repository.ts';
import { findUser } from '../repositories/user.repository.ts';
import { appendAudit } from './audit.service.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { recordEvent } from './event.service.ts';
import { type HandlingInput, resolveHandling } from './handling.ts';
import { requireOperation } from './operation.service.ts';

/** Allowed moves: forward through the workflow, and reopening a closed lead. */
const NEXT: Record<string, string[]> = {
  new: ['in_progress', 'referred', 'closed'],
  in_progress: ['referred', 'closed'],
  referred: ['in_progress', 'closed'],
  closed: ['in_progress'],
};

export interface LeadInput extends HandlingInput {
  title: string;
  summary?: string;
  sourceType: string;
  sourceId: string;
  assigneeId?: string | null;
}

function present(row: { lead: LeadRow; assigneeName: string | null }) {
  const { lead } = row;
  return {
    id: lead.id,
    operationId: lead.operationId,
    title: lead.title,
    summary: lead.summary,
    sourceType: lead.sourceType,
    sourceId: lead.sourceId,
    status: lead.status,
    assigneeId: lead.assigneeId,
    assigneeName: row.assigneeName,
    ownerCountry: lead.ownerCountry,
    handling: lead.handling,
    sharedWith: lead.sharedWith,
    createdAt: lead.createdAt.toISOString(),
    version: lead.version,
  };
}

export async function createLead(ctx: ServiceContext, actor: Actor, operationId: string, input: LeadInput) {
  authorize(actor, 'lead.create');
  if (!(LEAD_SOURCES as readonly string[]).includes(input.sourceType))
    throw invalid(`sourceType must be one of ${LEAD_SOURCES.join(', ')}`);
  await requireOperation(ctx, operationId);
  if (input.assigneeId && !(await findUser(ctx.database.db, input.assigneeId)))
    throw invalid('assigneeId: no such user');
  const handled = resolveHandling(actor, input);
  const lead = await inTransaction(ctx, async (tx) => {
    const row = await insertLead(tx, {
      operationId,
      title: input.title,
      summary: input.summary ?? '',
      sourceType: input.sourceType,
      sourceId: input.sourceId,
      assigneeId: input.assigneeId ?? null,
      createdBy: actor.id,
      ...handled,
    });
    await recordEvent(tx, actor, {
      operationId,
      type: 'lead.created',
      handled,
      payload: { leadId: row.id, title: row.title, sourceType: row.sourceType },
    });
    await appendAudit(tx, [
      { actor: actor.id, action: 'create', resourceType: 'lead', resourceId: row.id, details: {} },
    ]);
    return row;
  });
  return getLead(ctx, actor, lead.id);
}

export async function listOperationLeads(ctx: ServiceContext, actor: Actor, operationId: string) {
  authorize(actor, 'lead.read');
  await requireOperation(ctx, operationId);
  const rows = await listLeads(ctx.database.db, operationId, actor.country);
  await inTransaction(ctx, (tx) =>
    appendAudit(tx, [
      {
        actor: actor.id,
        action: 'read',
        resourceType: 'lead',
        resourceId: null,
        details: { operationId, ids: rows.map((r) => r.lead.id) },
      },
    ]),
  );
  return rows.map(present);
}

async function readableLead(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'lead.read');
  const row = await findLead(ctx.database.db, id);
  assertReadable(actor, row?.lead, 'lead');
  return row!;
}

export async function getLead(ctx: ServiceContext, actor: Actor, id: string) {
  const row = await readableLead(ctx, actor, id);
  const comments = await commentsOf(ctx.database.db, id);
  await inTransaction(ctx, (tx) =>
    appendAudit(tx, [{ actor: actor.id, action: 'read', resourceType: 'lead', resourceId: id, details: {} }]),
  );
  return { ...present(row), comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) };
}

export async function updateLead(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: { version: number; status?: string; assigneeId?: string | null; summary?: string },
) {
  authorize(actor, 'lead.update');
  const current = await readableLead(ctx, actor, id);
  if (input.status !== undefined && input.status !== current.lead.status) {
    if (!(LEAD_STATUSES as readonly string[]).includes(input.status))
      throw invalid(`status must be one of ${LEAD_STATUSES.join(', ')}`);
    if (!NEXT[current.lead.status]?.includes(input.status)) {
      throw invalid(`status: a ${current.lead.status} lead cannot move to ${input.status}`);
    }
  }
  if (input.assigneeId && !(await findUser(ctx.database.db, input.assigneeId)))
    throw invalid('assigneeId: no such user');
  const { version, ...values } = input;
  await inTransaction(ctx, async (tx) => {
    const updated = await updateLeadIfVersion(tx, id, version, values);
    if (!updated) throw conflict('this lead was changed by someone else: reload and try again');
    await recordEvent(tx, actor, {
      operationId: updated.operationId,
      type: 'lead.updated',
      handled: updated,
      payload: { leadId: id, title: updated.title, from: current.lead.status, to: updated.status },
    });
    await appendAudit(tx, [
      { actor: actor.id, action: 'update', resourceType: 'lead', resourceId: id, details: values },
    ]);
  });
  return getLead(ctx, actor, id);
}

export async function commentOnLead(ctx: ServiceContext, actor: Actor, id: string, body: string) {
  authorize(actor, 'lead.update');
  const current = await readableLead(ctx, actor, id);
  await inTransaction(ctx, async (tx) => {
    const comment = await insertComment(tx, { leadId: id, authorId: actor.id, body });
    await recordEvent(tx, actor, {
      operationId: current.lead.operationId,
      type: 'lead.commented',
      handled: current.lead,
      payload: { leadId: id, commentId: comment.id, title: current.lead.title },
    });
    await appendAudit(tx, [
      {
        actor: actor.id,
        action: 'update',
        resourceType: 'lead',
        resourceId: id,
        details: { comment: comment.id },
      },
    ]);
  });
  return getLead(ctx, actor, id);
}
