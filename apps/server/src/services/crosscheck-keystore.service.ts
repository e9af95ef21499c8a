import { randomBytes } from 'node:crypto';
import { filterKeyId, peekFilterHeader } from '@vigil/analysis';
import type pg from 'pg';
import {
  activeSharingKey,
  insertSharingKey,
  type SharingKeyRow,
  sharingKeysById,
} from '../repositories/reference-key.repository.ts';
import { CrosscheckError } from './crosscheck.service.ts';

const KEY_BYTES = 32;

/**
 * The server's key store for sharing groups, without users or permissions: the HTTP services
 * (crosscheck-keys.service.ts) check those first; the CLI runs as the machine's operator.
 */

/** Make a new 256-bit key for a group and keep it; the answer names it but never contains it. */
export async function storeNewGroupKey(
  pool: pg.Pool,
  input: { sharingGroup: string; note?: string; createdBy?: string | null },
): Promise<SharingKeyRow> {
  if (!input.sharingGroup.trim()) throw new CrosscheckError('a sharing group needs a name');
  const material = new Uint8Array(randomBytes(KEY_BYTES));
  return insertSharingKey(pool, {
    sharingGroup: input.sharingGroup,
    keyId: filterKeyId(material),
    material,
    note: input.note ?? '',
    createdBy: input.createdBy ?? null,
  });
}

/** The key in use for a group (its newest, not revoked). */
export async function groupKey(pool: pg.Pool, sharingGroup: string): Promise<Uint8Array> {
  const key = await activeSharingKey(pool, sharingGroup);
  if (!key)
    throw new CrosscheckError(
      `sharing group "${sharingGroup}" has no key in the key store: an administrator must make one`,
    );
  return key.material;
}

/** The stored key a filter file was made with, found by the fingerprint in its (unverified) header. */
export async function keyForFilterFile(pool: pg.Pool, file: Uint8Array): Promise<Uint8Array> {
  const named = peekFilterHeader(file);
  const key = (await sharingKeysById(pool, [named.keyId])).get(named.keyId);
  if (!key)
    throw new CrosscheckError(
      `filter "${named.setName}" was made with key ${named.keyId} of sharing group "${named.sharingGroupId}", which is not in this server's key store`,
    );
  return key;
}
