import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import type { CustodyRow, EvidenceIndex, EvidenceRow } from './evidence-index.ts';
import type { EvidenceStore } from './evidence-store.ts';

export class EvidenceAccessError extends Error {
  override name = 'EvidenceAccessError';
}

/** Look at one evidence record and its custody; the look itself is logged as `access`. */
export async function accessEvidence(
  store: EvidenceStore,
  index: EvidenceIndex,
  sha256: string,
  actor: string,
  via: string,
): Promise<{ record: EvidenceRow; custody: CustodyRow[] }> {
  store.pathOf(sha256);
  const record = await index.get(sha256);
  if (!record) throw new EvidenceAccessError(`no evidence record ${sha256}`);
  await index.appendCustody({
    evidenceSha256: sha256,
    action: 'access',
    actor,
    at: new Date(),
    details: { via },
  });
  return { record, custody: await index.custody(sha256) };
}

/**
 * Copy one evidence object out, byte for byte, after re-hashing it: a damaged object is refused,
 * never exported as evidence. The copy and its hash are logged as `export`.
 */
export async function exportEvidence(
  store: EvidenceStore,
  index: EvidenceIndex,
  sha256: string,
  destination: string,
  actor: string,
  via: string,
): Promise<EvidenceRow> {
  const record = await index.get(sha256);
  if (!record) throw new EvidenceAccessError(`no evidence record ${sha256}`);
  const actual = await store.hashOnDisk(sha256, record.size).catch(() => 'missing');
  if (actual !== sha256)
    throw new EvidenceAccessError(
      `evidence ${sha256} is ${actual === 'missing' ? 'missing from the store' : 'damaged'}: run vigil evidence verify`,
    );
  await copyFile(store.pathOf(sha256), destination);
  if ((await hashFile(destination)) !== sha256)
    throw new EvidenceAccessError(`the copy of ${sha256} does not match: not exported`);
  await index.appendCustody({
    evidenceSha256: sha256,
    action: 'export',
    actor,
    at: new Date(),
    details: { via, destination, size: record.size },
  });
  return record;
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => hash.update(c))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
