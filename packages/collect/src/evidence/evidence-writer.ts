import type { FetchResult } from '../net/fetch-types.ts';
import type { EvidenceIndex, EvidenceKind, EvidenceRow } from './evidence-index.ts';
import type { EvidenceStore } from './evidence-store.ts';
import { type CaptureContext, captureToWarc } from './warc-capture.ts';

export interface EvidenceContext extends CaptureContext {
  operationId?: string;
}

/**
 * File first (temp + fsync + rename), database row second, custody entry third. A kill between
 * file and row leaves a complete but unrecorded object, which `recoverStore` records at start.
 */
export class EvidenceWriter {
  constructor(
    readonly store: EvidenceStore,
    readonly index: EvidenceIndex,
  ) {}

  async captureFetch(result: FetchResult, ctx: EvidenceContext): Promise<EvidenceRow & { created: boolean }> {
    const warc = captureToWarc(result, ctx);
    return this.storeBytes(warc.bytes, 'warc', 'application/warc', ctx, {
      targetUri: warc.targetUri,
      capturedAt: warc.capturedAt,
      warcRecordId: warc.responseRecordId,
      payloadSha256: warc.payloadSha256,
    });
  }

  /** An investigator's file (JSONL, CSV, HTML, WARC) stored as received, streamed. */
  async storeFile(path: string, mediaType: string, ctx: EvidenceContext, source: string) {
    const object = await this.store.putFile(path);
    return this.recordObject(object, 'import', mediaType, ctx, { source });
  }

  async storeBytes(
    bytes: Uint8Array,
    kind: EvidenceKind,
    mediaType: string,
    ctx: EvidenceContext,
    extra: Partial<EvidenceRow> = {},
  ): Promise<EvidenceRow & { created: boolean }> {
    return this.recordObject(await this.store.put(bytes), kind, mediaType, ctx, extra);
  }

  private async recordObject(
    object: { sha256: string; size: number },
    kind: EvidenceKind,
    mediaType: string,
    ctx: EvidenceContext,
    extra: Partial<EvidenceRow>,
  ): Promise<EvidenceRow & { created: boolean }> {
    const row = {
      sha256: object.sha256,
      kind,
      size: object.size,
      mediaType,
      capturedAt: extra.capturedAt ?? new Date(),
      capturedBy: ctx.capturedBy,
      operationId: ctx.operationId,
      platformId: ctx.platformId,
      crawlId: ctx.crawlId,
      ...extra,
    };
    const { id, created } = await this.index.record(row);
    if (created)
      await this.index.appendCustody({
        evidenceSha256: object.sha256,
        action: kind === 'import' ? 'import' : 'capture',
        actor: ctx.capturedBy,
        at: row.capturedAt,
        details: { kind, targetUri: row.targetUri, crawlId: ctx.crawlId },
      });
    return { ...row, id, created };
  }
}
