import { canonicalize, parseSetFile, type SetFileFormat } from '@vigil/analysis';
import { mayReadHandled } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import {
  deleteReferenceSet,
  findReferenceSet,
  hitCountsBySet,
  listSetsForOperation,
  type ReferenceSetRow,
  sampleSetValues,
  setHasLeads,
} from '../repositories/reference-set.repository.ts';
import { appendAudit } from './audit.service.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { importSetFile, replaceValues, retroHunt } from './crosscheck.service.ts';
import { asServiceErrors } from './crosscheck-errors.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { recordEvent } from './event.service.ts';
import { requireOperation } from './operation.service.ts';

export interface SetImportInput {
  name: string;
  content: string;
  format?: SetFileFormat;
  fileName?: string;
  /** Country for national phone numbers written without a calling code. */
  country?: string;
  ownerCountry?: string;
  handling?: string;
  validFrom?: string;
  validUntil?: string | null;
  /** 'operation' (default): only this operation uses the set; 'global': every operation does. */
  scope?: 'operation' | 'global';
}

/** A set's handling as the need-to-know rule reads it (sets are never shared country by country). */
export const setHandled = (set: Pick<ReferenceSetRow, 'ownerCountry' | 'handling'>) => ({
  ownerCountry: set.ownerCountry,
  handling: set.handling,
  sharedWith: [] as string[],
});

export const maySeeSet = (actor: Actor, set: ReferenceSetRow) =>
  mayReadHandled(actor.country, setHandled(set));

export function validityOf(set: ReferenceSetRow, now: Date): 'active' | 'expired' | 'not-yet-valid' {
  if (set.validFrom.getTime() > now.getTime()) return 'not-yet-valid';
  if (set.validUntil && set.validUntil.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

export function presentSet(set: ReferenceSetRow, now: Date, hitCount?: number) {
  const header = set.filterHeader as { fpRate?: number; sharingGroupId?: string; contact?: string } | null;
  return {
    id: set.id,
    operationId: set.operationId,
    scope: set.operationId ? 'operation' : 'global',
    name: set.name,
    ownerCountry: set.ownerCountry,
    handling: set.handling,
    kind: set.kind,
    sourceFormat: set.sourceFormat,
    validFrom: set.validFrom.toISOString(),
    validUntil: set.validUntil?.toISOString() ?? null,
    validity: validityOf(set, now),
    valueCount: set.valueCount,
    version: set.version,
    filter: header
      ? {
          keyId: set.filterKeyId,
          fpRate: header.fpRate ?? null,
          sharingGroup: header.sharingGroupId ?? null,
          contact: header.contact ?? null,
        }
      : null,
    hitCount: hitCount ?? null,
    createdAt: set.createdAt.toISOString(),
    updatedAt: set.updatedAt.toISOString(),
  };
}

/** Sets the operation may use (its own and global ones) that the reader may see, with hit counts. */
export async function listOperationSets(ctx: ServiceContext, actor: Actor, operationId: string) {
  authorize(actor, 'reference.read');
  await requireOperation(ctx, operationId);
  const pool = ctx.database.pool;
  const counts = await hitCountsBySet(pool, operationId);
  const now = new Date();
  return (await listSetsForOperation(pool, operationId))
    .filter((set) => maySeeSet(actor, set))
    .map((set) => presentSet(set, now, counts.get(set.id) ?? 0));
}

/** One set; plain sets show their first values to readers who may see the set. */
export async function showSet(ctx: ServiceContext, actor: Actor, setId: string) {
  authorize(actor, 'reference.read');
  const set = await readableSet(ctx, actor, setId);
  const sample = set.kind === 'plain' ? await sampleSetValues(ctx.database.pool, set.id, 100) : [];
  return { ...presentSet(set, new Date()), sample };
}

async function readableSet(ctx: ServiceContext, actor: Actor, setId: string): Promise<ReferenceSetRow> {
  const set = await findReferenceSet(ctx.database.pool, setId);
  if (!set || !maySeeSet(actor, set)) throw notFound('reference set');
  return set;
}

/** Only the owner country changes or removes its set (a user without a country may not). */
async function ownedSet(ctx: ServiceContext, actor: Actor, setId: string): Promise<ReferenceSetRow> {
  const set = await readableSet(ctx, actor, setId);
  if (actor.country !== set.ownerCountry)
    throw conflict(`set "${set.name}" belongs to ${set.ownerCountry}; only its owner may change it`);
  return set;
}

function ownerCountryFor(actor: Actor, requested: string | undefined): string {
  const owner = requested ?? actor.country;
  if (!owner) throw invalid('ownerCountry is required for a user without a country');
  if (actor.country && owner !== actor.country)
    throw invalid(`ownerCountry: you may import sets for your own country (${actor.country}) only`);
  return owner;
}

function parseDate(value: string | null | undefined, field: string): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(`${field}: "${value}" is not an ISO date-time`);
  return date;
}

/**
 * Import a set file into a new set and retro-hunt it against everything stored. Atomic: a
 * malformed row rejects the whole file (400 naming line and field) before anything is written.
 */
export async function importOperationSet(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  input: SetImportInput,
) {
  authorize(actor, 'reference.import');
  await requireOperation(ctx, operationId);
  const now = new Date();
  const ownerCountry = ownerCountryFor(actor, input.ownerCountry);
  const validFrom = parseDate(input.validFrom, 'validFrom');
  const validUntil = parseDate(input.validUntil, 'validUntil') ?? null;
  const result = await asServiceErrors(() =>
    importSetFile(ctx.database.pool, {
      name: input.name,
      ownerCountry,
      handling: input.handling ?? 'owner',
      ...(validFrom ? { validFrom } : {}),
      validUntil,
      operationId: input.scope === 'global' ? null : operationId,
      createdBy: actor.id,
      text: input.content,
      ...(input.fileName ? { fileName: input.fileName } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.country ? { country: input.country } : {}),
      now,
    }),
  );
  const set = (await findReferenceSet(ctx.database.pool, result.setId))!;
  await recordSetChange(ctx, actor, operationId, set, 'reference_set.imported', {
    values: result.values,
    duplicates: result.duplicates,
    skipped: result.skipped,
    retroHunt: result.retroHunt,
  });
  return { set: presentSet(set, now), ...result };
}

/**
 * A new version of a set: the values are replaced in one transaction (readers see the old version
 * until the new one commits), then the set is retro-hunted. Earlier hits keep their version.
 */
export async function importSetVersion(
  ctx: ServiceContext,
  actor: Actor,
  setId: string,
  input: Omit<SetImportInput, 'name' | 'ownerCountry' | 'scope'> & { operationId?: string },
) {
  authorize(actor, 'reference.import');
  const set = await ownedSet(ctx, actor, setId);
  const operationId = await eventOperation(ctx, set, input.operationId);
  const now = new Date();
  const validFrom = parseDate(input.validFrom, 'validFrom') ?? set.validFrom;
  const validUntil =
    input.validUntil === undefined ? set.validUntil : (parseDate(input.validUntil, 'validUntil') ?? null);
  if (validUntil && validUntil.getTime() <= validFrom.getTime())
    throw invalid('validUntil: the set would be valid until before it is valid from');
  const parsed = await asServiceErrors(async () =>
    parseSetFile(input.content, {
      canonicalize,
      ...(input.fileName ? { fileName: input.fileName } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.country ? { country: input.country } : {}),
    }),
  );
  const replaced = await asServiceErrors(() =>
    replaceValues(
      ctx.database.pool,
      set.id,
      { sourceFormat: parsed.format, validFrom, validUntil, handling: input.handling ?? set.handling },
      [parsed.values],
    ),
  );
  const hunt = await retroHunt(ctx.database.pool, set.id, now);
  const updated = (await findReferenceSet(ctx.database.pool, set.id))!;
  await recordSetChange(ctx, actor, operationId, updated, 'reference_set.versioned', {
    values: replaced.values,
    previousVersion: set.version,
    retroHunt: hunt,
  });
  return {
    set: presentSet(updated, now),
    values: replaced.values,
    duplicates: parsed.duplicates,
    skipped: parsed.skipped,
    format: parsed.format,
    retroHunt: hunt,
  };
}

/** Remove a set. Refused once a hit of it became a lead: the lead must keep its provenance. */
export async function deleteSet(ctx: ServiceContext, actor: Actor, setId: string, viaOperation?: string) {
  authorize(actor, 'reference.import');
  const set = await ownedSet(ctx, actor, setId);
  const operationId = await eventOperation(ctx, set, viaOperation);
  if (await setHasLeads(ctx.database.pool, set.id))
    throw conflict(`set "${set.name}" produced leads; let it expire (validUntil) instead of deleting it`);
  await deleteReferenceSet(ctx.database.pool, set.id);
  await recordSetChange(ctx, actor, operationId, set, 'reference_set.deleted', {});
  return { deleted: true };
}

/**
 * Which operation's live feed hears of a change to a set: the set's own operation, or for a
 * global set the one the caller names (none: the change is only in the audit log).
 */
export async function eventOperation(
  ctx: ServiceContext,
  set: ReferenceSetRow,
  named: string | undefined,
): Promise<string | null> {
  if (set.operationId) return set.operationId;
  if (!named) return null;
  await requireOperation(ctx, named);
  return named;
}

/** The live event (visible under the set's own handling) and the audit entry of a set change. */
export async function recordSetChange(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string | null,
  set: ReferenceSetRow,
  type: string,
  details: Record<string, unknown>,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (operationId)
      await recordEvent(tx, actor, {
        operationId,
        type,
        handled: setHandled(set),
        payload: {
          setId: set.id,
          setName: set.name,
          setOwnerCountry: set.ownerCountry,
          kind: set.kind,
          version: set.version,
          ...details,
        },
      });
    await appendAudit(tx, [
      {
        actor: actor.id,
        action: type.split('.')[1]!,
        resourceType: 'reference_set',
        resourceId: set.id,
        details,
      },
    ]);
  });
}
