import { PLATFORM_KINDS, PLATFORM_STATUSES } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import { activeClaims, type ClaimView } from '../repositories/claim.repository.ts';
import { eventsAbout } from '../repositories/event.repository.ts';
import { findTeam } from '../repositories/operation.repository.ts';
import {
  findPlatform,
  insertPlatforms,
  listPlatforms,
  type NewPlatform,
  type PlatformRow,
  updatePlatformIfVersion,
} from '../repositories/platform.repository.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { recordEvent, toPublicEvent } from './event.service.ts';
import { requireOperation } from './operation.service.ts';

export interface PlatformInput {
  name: string;
  kind: string;
  addresses?: string[];
  languages?: string[];
  countries?: string[];
  targetGroups?: string[];
  notes?: string;
  teamId?: string | null;
  cse?: boolean;
}

export function presentPlatform(row: PlatformRow, claims: ClaimView[] = []) {
  return {
    id: row.id,
    operationId: row.operationId,
    name: row.name,
    kind: row.kind,
    addresses: row.addresses,
    languages: row.languages,
    countries: row.countries,
    targetGroups: row.targetGroups,
    status: row.status,
    flaggedForFollowUp: row.flaggedForFollowUp === 1,
    monitoringSchedule: row.monitoringSchedule,
    teamId: row.teamId,
    cse: row.cse === 1,
    notes: row.notes,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    claims: claims
      .filter((claim) => claim.targetType === 'platform' && claim.targetKey === row.id)
      .map(presentClaim),
  };
}

export function presentClaim(claim: ClaimView) {
  return { ...claim, createdAt: claim.createdAt.toISOString() };
}

export function validatePlatformInput(input: Partial<PlatformInput>): void {
  if (input.kind !== undefined && !(PLATFORM_KINDS as readonly string[]).includes(input.kind)) {
    throw invalid(`kind must be one of ${PLATFORM_KINDS.join(', ')}`);
  }
  if (input.name !== undefined && input.name.trim() === '') throw invalid('name must not be empty');
  for (const address of input.addresses ?? []) {
    try {
      const url = new URL(address);
      if (!['http:', 'https:'].includes(url.protocol)) throw new Error();
    } catch {
      throw invalid(`addresses: "${address}" is not an http(s) URL`);
    }
  }
}

function toRow(operationId: string, input: PlatformInput): NewPlatform {
  return {
    operationId,
    name: input.name.trim(),
    kind: input.kind,
    addresses: input.addresses ?? [],
    languages: input.languages ?? [],
    countries: input.countries ?? [],
    targetGroups: input.targetGroups ?? [],
    notes: input.notes ?? '',
    teamId: input.teamId ?? null,
    cse: input.cse ? 1 : 0,
  };
}

export async function listOperationPlatforms(ctx: ServiceContext, actor: Actor, operationId: string) {
  authorize(actor, 'platform.read');
  await requireOperation(ctx, operationId);
  const [rows, claims] = await Promise.all([
    listPlatforms(ctx.database.db, operationId),
    activeClaims(ctx.database.db, operationId),
  ]);
  return rows.map((row) => presentPlatform(row, claims));
}

export async function requirePlatform(ctx: ServiceContext, id: string): Promise<PlatformRow> {
  const row = await findPlatform(ctx.database.db, id);
  if (!row) throw notFound('platform');
  return row;
}

export async function createPlatforms(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  inputs: PlatformInput[],
) {
  authorize(actor, 'platform.create');
  await requireOperation(ctx, operationId);
  inputs.forEach(validatePlatformInput);
  const rows = await inTransaction(ctx, async (tx) => {
    const created = await insertPlatforms(
      tx,
      inputs.map((input) => toRow(operationId, input)),
    );
    for (const row of created) {
      await recordEvent(tx, actor, {
        operationId,
        type: 'platform.created',
        payload: { platformId: row.id, name: row.name, kind: row.kind, status: row.status },
      });
    }
    return created;
  });
  return rows.map((row) => presentPlatform(row));
}

async function changePlatform(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  version: number,
  values: Partial<NewPlatform>,
  event: { type: string; payload: Record<string, unknown> },
) {
  const current = await requirePlatform(ctx, id);
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await updatePlatformIfVersion(tx, id, version, values);
    if (!updated) {
      throw conflict(
        `platform "${current.name}" was changed by someone else (now version ${current.version}): reload and try again`,
      );
    }
    await recordEvent(tx, actor, {
      operationId: updated.operationId,
      type: event.type,
      payload: { platformId: id, name: updated.name, ...event.payload },
    });
    return updated;
  });
  const claims = await activeClaims(ctx.database.db, row.operationId);
  return presentPlatform(row, claims);
}

export async function updatePlatform(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<PlatformInput> & { version: number },
) {
  authorize(actor, 'platform.update');
  validatePlatformInput(input);
  const { version, cse, teamId, ...rest } = input;
  if (teamId !== undefined) {
    authorize(actor, 'platform.assign');
    if (teamId && !(await findTeam(ctx.database.db, teamId))) throw invalid('teamId: no such team');
  }
  const values: Partial<NewPlatform> = {
    ...rest,
    ...(cse !== undefined ? { cse: cse ? 1 : 0 } : {}),
    ...(teamId !== undefined ? { teamId } : {}),
  };
  return changePlatform(ctx, actor, id, version, values, {
    type: 'platform.updated',
    payload: { fields: Object.keys(input).filter((key) => key !== 'version') },
  });
}

/** Move a platform through the workflow; the reason is kept in its history. */
export async function changePlatformStatus(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: { version: number; status: string; reason: string },
) {
  authorize(actor, 'platform.status');
  if (!(PLATFORM_STATUSES as readonly string[]).includes(input.status)) {
    throw invalid(`status must be one of ${PLATFORM_STATUSES.join(', ')}`);
  }
  const current = await requirePlatform(ctx, id);
  return changePlatform(
    ctx,
    actor,
    id,
    input.version,
    { status: input.status },
    {
      type: 'platform.status_changed',
      payload: { from: current.status, to: input.status, reason: input.reason },
    },
  );
}

export async function flagPlatform(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: { version: number; flagged: boolean; reason: string; monitoringSchedule?: string | null },
) {
  authorize(actor, 'platform.status');
  const values: Partial<NewPlatform> = {
    flaggedForFollowUp: input.flagged ? 1 : 0,
    ...(input.monitoringSchedule !== undefined ? { monitoringSchedule: input.monitoringSchedule } : {}),
  };
  return changePlatform(ctx, actor, id, input.version, values, {
    type: 'platform.flagged',
    payload: {
      flagged: input.flagged,
      reason: input.reason,
      monitoringSchedule: input.monitoringSchedule ?? null,
    },
  });
}

export async function platformHistory(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'platform.read');
  const platform = await requirePlatform(ctx, id);
  const rows = await eventsAbout(ctx.database.db, platform.operationId, 'platformId', id);
  return rows.map(toPublicEvent);
}
