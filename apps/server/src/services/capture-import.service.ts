import {
  EvidenceStore,
  EvidenceWriter,
  type ImportSummary,
  importFile,
  loadAnalyzer,
  PgEvidenceIndex,
  recoverStore,
} from '@vigil/collect';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import { CollectedItemSink } from './collected-item-sink.ts';
import type { ServiceContext } from './context.ts';
import { invalid } from './errors.ts';
import { requireOperation } from './operation.service.ts';
import { requirePlatform } from './platform.service.ts';

/**
 * Import captures made elsewhere (JSONL, CSV, HTML, WARC) into an operation: each file is stored as
 * evidence (custody `import`), its items are analysed on arrival and announced on the live feed,
 * like crawled items. The same content imported twice adds nothing.
 */
export async function importCaptureFiles(
  ctx: ServiceContext,
  actor: Actor,
  input: {
    operationId: string;
    platformId?: string;
    files: string[];
    dataDir: string;
    ownerCountry?: string;
  },
): Promise<(ImportSummary & { stored: number; rejected: { url: string; reason: string }[] })[]> {
  authorize(actor, 'item.create');
  await requireOperation(ctx, input.operationId);
  if (input.platformId) {
    const platform = await requirePlatform(ctx, input.platformId);
    if (platform.operationId !== input.operationId) throw invalid('platform: not in this operation');
  }
  const ownerCountry = input.ownerCountry ?? actor.country;
  if (!ownerCountry) throw invalid('ownerCountry is required for a user without a country');
  const store = new EvidenceStore(input.dataDir);
  const index = new PgEvidenceIndex(ctx.database.pool);
  await recoverStore(store, index, actor.id);
  const writer = new EvidenceWriter(store, index);
  const analyze = await loadAnalyzer();
  const results = [];
  for (const file of input.files) {
    const sink = new CollectedItemSink(ctx, {
      actor,
      operationId: input.operationId,
      ownerCountry,
      ...(input.platformId ? { platformId: input.platformId } : {}),
    });
    let stored = 0;
    const summary = await importFile(file, {
      writer,
      sink: {
        write: async (items) => {
          const fresh = await sink.write(items);
          stored += fresh.length;
          return fresh;
        },
      },
      capturedBy: actor.id,
      operationId: input.operationId,
      ...(input.platformId ? { platformId: input.platformId } : {}),
      ...(analyze ? { analyze } : {}),
    });
    results.push({ ...summary, stored, rejected: sink.skipped });
  }
  return results;
}
