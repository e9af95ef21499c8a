import type { ServiceContext } from '../services/context.ts';
import type { CollectEnv } from '../services/crawl.service.ts';
import { queueDueMonitoring, runPlatformMonitoring } from '../services/crawl.service.ts';

/** `monitor-tick` (cron): queue a round for every flagged platform whose schedule is due. */
export async function monitorTickJob(ctx: ServiceContext) {
  return { queued: await queueDueMonitoring(ctx, new Date()) };
}

/** `monitor-platform`: one monitoring round of one platform. */
export async function monitorPlatformJob(ctx: ServiceContext, env: CollectEnv, data: unknown) {
  const platformId = (data as { platformId?: unknown })?.platformId;
  if (typeof platformId !== 'string') throw new Error('monitor-platform job: platformId is required');
  const { summary, diff, complete } = await runPlatformMonitoring(ctx, { platformId }, env);
  return {
    crawlId: summary.crawlId,
    pages: summary.pages,
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    complete,
  };
}
