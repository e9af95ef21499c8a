import type { EvidenceIndex, EvidenceKind } from './evidence-index.ts';
import type { EvidenceStore } from './evidence-store.ts';
import { readWarc } from './warc-reader.ts';

export interface RecoveryReport {
  tempFilesRemoved: number;
  recorded: string[];
}

/** What an unrecorded object is, read from its own bytes (a WARC names its target and date). */
async function describe(store: EvidenceStore, sha256: string) {
  let kind: EvidenceKind = 'image';
  let mediaType = 'application/octet-stream';
  let targetUri: string | undefined;
  let capturedAt: Date | undefined;
  try {
    for await (const record of readWarc(store.pathOf(sha256))) {
      kind = 'warc';
      mediaType = 'application/warc';
      capturedAt ??= new Date(record.get('WARC-Date') ?? Date.now());
      targetUri ??= record.get('WARC-Target-URI');
      if (targetUri) break;
    }
  } catch {
    // Not a WARC: an image or screenshot, recorded by hash alone.
  }
  return { kind, mediaType, targetUri, capturedAt: capturedAt ?? new Date() };
}

/**
 * Start-up sweep after a crash: delete temp files (never complete evidence) and record every
 * complete object the index does not know, with a `recover` custody entry saying so.
 */
export async function recoverStore(
  store: EvidenceStore,
  index: EvidenceIndex,
  actor: string,
): Promise<RecoveryReport> {
  const tempFilesRemoved = await store.sweepTemp();
  const recorded: string[] = [];
  for await (const object of store.objects()) {
    if (await index.get(object.sha256)) continue;
    const about = await describe(store, object.sha256);
    const { created } = await index.record({
      sha256: object.sha256,
      size: object.size,
      capturedBy: actor,
      ...about,
    });
    if (!created) continue;
    await index.appendCustody({
      evidenceSha256: object.sha256,
      action: 'recover',
      actor,
      at: new Date(),
      details: { reason: 'object stored but not recorded before a crash' },
    });
    recorded.push(object.sha256);
  }
  return { tempFilesRemoved, recorded };
}
