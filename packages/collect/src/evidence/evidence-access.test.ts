import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessEvidence, EvidenceAccessError, exportEvidence } from './evidence-access.ts';
import { checkCustodyChain, MemoryEvidenceIndex } from './evidence-index.ts';
import { EvidenceStore } from './evidence-store.ts';
import { EvidenceWriter } from './evidence-writer.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-evidence-access-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('evidence access and export', () => {
  it('logs access and export in the custody chain, and refuses a damaged object', async () => {
    const store = new EvidenceStore(dir);
    const index = new MemoryEvidenceIndex();
    const writer = new EvidenceWriter(store, index);
    const bytes = new TextEncoder().encode('synthetic capture\n');
    const row = await writer.storeBytes(bytes, 'image', 'text/plain', { capturedBy: 'tester' });

    const seen = await accessEvidence(store, index, row.sha256, 'analyst-1', 'cli');
    expect(seen.record.sha256).toBe(row.sha256);
    expect(seen.custody.map((c) => [c.action, c.actor])).toEqual([
      ['capture', 'tester'],
      ['access', 'analyst-1'],
    ]);

    const copy = join(dir, 'copy.bin');
    await exportEvidence(store, index, row.sha256, copy, 'analyst-1', 'cli');
    expect(await readFile(copy)).toEqual(Buffer.from(bytes));
    expect((await index.custody(row.sha256)).map((c) => c.action)).toEqual(['capture', 'access', 'export']);
    expect(checkCustodyChain(await index.custody())).toEqual([]);

    // Someone tampers with the stored file: it is no longer handed out as evidence.
    const path = store.pathOf(row.sha256);
    await chmod(path, 0o644);
    await writeFile(path, 'tampered');
    await expect(
      exportEvidence(store, index, row.sha256, join(dir, 'x.bin'), 'analyst-1', 'cli'),
    ).rejects.toThrow(EvidenceAccessError);
    expect((await index.custody(row.sha256)).map((c) => c.action)).toEqual(['capture', 'access', 'export']);
    await expect(accessEvidence(store, index, 'f'.repeat(64), 'analyst-1', 'cli')).rejects.toThrow(
      /no evidence record/,
    );
  });
});
