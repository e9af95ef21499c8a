import { formatFilterKey } from '@vigil/analysis';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import {
  exportSharingKey,
  listSharingKeys,
  revokeSharingKey,
  type SharingKeyRow,
} from '../repositories/reference-key.repository.ts';
import { findReferenceSet } from '../repositories/reference-set.repository.ts';
import { appendAudit } from './audit.service.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { exportSetFilter, importFilterSet } from './crosscheck.service.ts';
import { asServiceErrors } from './crosscheck-errors.ts';
import { groupKey, keyForFilterFile, storeNewGroupKey } from './crosscheck-keystore.service.ts';
import { eventOperation, maySeeSet, presentSet, recordSetChange } from './crosscheck-sets.service.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { requireOperation } from './operation.service.ts';

const DAY_MS = 24 * 3600 * 1000;

const presentKey = (row: SharingKeyRow) => ({
  id: row.id,
  sharingGroup: row.sharingGroup,
  keyId: row.keyId,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  exportedAt: row.exportedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

async function audited(ctx: ServiceContext, actor: Actor, action: string, id: string, details = {}) {
  await inTransaction(ctx, (tx) =>
    appendAudit(tx, [{ actor: actor.id, action, resourceType: 'sharing_key', resourceId: id, details }]),
  );
}

/**
 * A new filter key for a sharing group, made and kept on the server. The answer names the key
 * (its public fingerprint) but never contains it; the newest key of a group is the one in use.
 */
export async function createSharingKey(
  ctx: ServiceContext,
  actor: Actor,
  input: { sharingGroup: string; note?: string },
) {
  authorize(actor, 'key.manage');
  const row = await asServiceErrors(() =>
    storeNewGroupKey(ctx.database.pool, { ...input, createdBy: actor.id }),
  );
  await audited(ctx, actor, 'create', row.id, { sharingGroup: row.sharingGroup, keyId: row.keyId });
  return presentKey(row);
}

/** Keys as listed to those who import and export filters: names and dates, never the material. */
export async function listKeys(ctx: ServiceContext, actor: Actor) {
  authorize(actor, 'reference.import');
  return (await listSharingKeys(ctx.database.pool)).map(presentKey);
}

/** The only way a key leaves the server: an administrator's explicit export, recorded in the audit log. */
export async function exportKey(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'key.manage');
  const row = await exportSharingKey(ctx.database.pool, id);
  if (!row) throw notFound('sharing key');
  await audited(ctx, actor, 'export', row.id, { sharingGroup: row.sharingGroup, keyId: row.keyId });
  return {
    ...presentKey(row),
    keyFile: formatFilterKey(row.material, `sharing group ${row.sharingGroup}`),
  };
}

export async function revokeKey(ctx: ServiceContext, actor: Actor, id: string) {
  authorize(actor, 'key.manage');
  if (!(await revokeSharingKey(ctx.database.pool, id))) throw notFound('sharing key');
  await audited(ctx, actor, 'revoke', id);
  return { revoked: true };
}

/**
 * Export the owner's plain set as a keyed-hash filter under the sharing group's key in the store.
 * The filter's version is the set's version, so a re-imported set gives a newer filter.
 */
export async function exportSetAsFilter(
  ctx: ServiceContext,
  actor: Actor,
  setId: string,
  input: {
    sharingGroup: string;
    fpRate?: number;
    expiresInDays?: number;
    contact?: string;
    operationId?: string;
  },
) {
  authorize(actor, 'reference.import');
  const set = await findReferenceSet(ctx.database.pool, setId);
  if (!set || !maySeeSet(actor, set)) throw notFound('reference set');
  const operationId = await eventOperation(ctx, set, input.operationId);
  if (actor.country !== set.ownerCountry)
    throw conflict(`set "${set.name}" belongs to ${set.ownerCountry}; only its owner may share it`);
  const now = new Date();
  const { file, header } = await asServiceErrors(async () =>
    exportSetFilter(ctx.database.pool, set.id, {
      key: await groupKey(ctx.database.pool, input.sharingGroup),
      fpRate: input.fpRate ?? 1e-6,
      expiresAt: new Date(now.getTime() + (input.expiresInDays ?? 90) * DAY_MS),
      sharingGroupId: input.sharingGroup,
      now,
      ...(input.contact ? { contact: input.contact } : {}),
    }),
  );
  await recordSetChange(ctx, actor, operationId, set, 'reference_set.shared', {
    sharingGroup: input.sharingGroup,
    keyId: header.keyId,
    filterVersion: header.filterVersion,
    expiresAt: header.expiresAt,
  });
  return { header, file: Buffer.from(file).toString('base64') };
}

/**
 * Import another country's filter into an operation. The key is looked up in the store by the
 * fingerprint the file names; the file is then verified (key, integrity, expiry, version).
 */
export async function importFilterForOperation(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  input: { file: string; handling?: string },
) {
  authorize(actor, 'reference.import');
  await requireOperation(ctx, operationId);
  const bytes = new Uint8Array(Buffer.from(input.file, 'base64'));
  if (bytes.length === 0) throw invalid('file: expected the filter file as base64');
  const now = new Date();
  const result = await asServiceErrors(async () =>
    importFilterSet(ctx.database.pool, {
      file: bytes,
      key: await keyForFilterFile(ctx.database.pool, bytes),
      now,
      handling: input.handling ?? 'operation',
      operationId,
      createdBy: actor.id,
    }),
  );
  const set = (await findReferenceSet(ctx.database.pool, result.setId))!;
  await recordSetChange(ctx, actor, operationId, set, 'reference_set.filter_imported', {
    filterVersion: result.header.filterVersion,
    replaced: result.replaced,
    retroHunt: result.retroHunt,
  });
  return { set: presentSet(set, now), replaced: result.replaced, retroHunt: result.retroHunt };
}
