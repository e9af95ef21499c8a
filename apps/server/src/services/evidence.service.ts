import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { EvidenceStore, PgEvidenceIndex } from '@vigil/collect';
import type { Actor } from '../auth/actor.ts';
import { assertReadable, authorize } from '../policies/access.policy.ts';
import { type EvidenceRecordRow, findEvidence } from '../repositories/evidence.repository.ts';
import { findItem } from '../repositories/item.repository.ts';
import { appendAudit } from './audit.service.ts';
import type { ServiceContext } from './context.ts';
import { conflict, notFound } from './errors.ts';

const SHA = /^[0-9a-f]{64}$/;

function present(row: EvidenceRecordRow) {
  return {
    ...row,
    capturedAt: row.capturedAt.toISOString(),
  };
}

/** The evidence behind an item the actor may read: its WARC capture and its stored images. */
async function itemRecords(ctx: ServiceContext, actor: Actor, itemId: string) {
  authorize(actor, 'item.read');
  const item = assertReadable(actor, await findItem(ctx.database.db, itemId), 'item');
  const images = item.images.filter((i) => SHA.test(i));
  const records =
    item.evidenceId || images.length
      ? await findEvidence(ctx.database.pool, {
          ids: item.evidenceId ? [item.evidenceId] : [],
          sha256s: images,
        })
      : [];
  return { item, records };
}

/**
 * Show an item's evidence records and their chain of custody. Reading them is itself an `access`
 * entry in the custody log (and the audit log), so the log shows who looked at what, when.
 */
export async function itemEvidence(ctx: ServiceContext, actor: Actor, itemId: string) {
  const { records } = await itemRecords(ctx, actor, itemId);
  const index = new PgEvidenceIndex(ctx.database.pool);
  const at = new Date();
  for (const record of records)
    await index.appendCustody({
      evidenceSha256: record.sha256,
      action: 'access',
      actor: actor.id,
      at,
      details: { itemId, via: 'api' },
    });
  await ctx.database.db.transaction((tx) =>
    appendAudit(tx, [
      {
        actor: actor.id,
        action: 'read',
        resourceType: 'evidence',
        resourceId: itemId,
        details: { sha256: records.map((r) => r.sha256) },
      },
    ]),
  );
  const custody = await Promise.all(records.map((r) => index.custody(r.sha256)));
  return records.map((record, i) => ({
    ...present(record),
    custody: custody[i]!.map((c) => ({
      seq: c.seq,
      action: c.action,
      actor: c.actor,
      at: c.at.toISOString(),
      details: c.details ?? {},
      hash: c.hash,
    })),
  }));
}

/**
 * Export one evidence object of an item, byte for byte. The file is re-hashed first: an object that
 * no longer matches its SHA-256 is never handed out as evidence. Recorded as `export` in custody.
 */
export async function exportItemEvidence(
  ctx: ServiceContext,
  actor: Actor,
  itemId: string,
  sha256: string,
  dataDir: string,
): Promise<{ record: ReturnType<typeof present>; body: Readable }> {
  const { records } = await itemRecords(ctx, actor, itemId);
  const record = records.find((r) => r.sha256 === sha256);
  if (!record) throw notFound('evidence');
  const store = new EvidenceStore(dataDir);
  const actual = await store.hashOnDisk(sha256, record.size).catch(() => 'missing');
  if (actual !== sha256)
    throw conflict(
      `evidence ${sha256} is ${actual === 'missing' ? 'missing from the store' : 'damaged'}: run vigil evidence verify`,
    );
  await new PgEvidenceIndex(ctx.database.pool).appendCustody({
    evidenceSha256: sha256,
    action: 'export',
    actor: actor.id,
    at: new Date(),
    details: { itemId, via: 'api', size: record.size },
  });
  await ctx.database.db.transaction((tx) =>
    appendAudit(tx, [
      {
        actor: actor.id,
        action: 'export',
        resourceType: 'evidence',
        resourceId: itemId,
        details: { sha256 },
      },
    ]),
  );
  return { record: present(record), body: createReadStream(store.pathOf(sha256)) };
}
