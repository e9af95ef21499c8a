import type { ServiceContext } from '../services/context.ts';
import type { CollectEnv, CrawlPlatformPayload } from '../services/crawl.service.ts';
import { runPlatformCrawl } from '../services/crawl.service.ts';

/** `crawl-platform`: decode the payload, run the crawl service; pg-boss records the outcome. */
export async function crawlPlatformJob(ctx: ServiceContext, env: CollectEnv, data: unknown) {
  const payload = data as Partial<CrawlPlatformPayload>;
  if (!payload?.crawlId || !payload.platformId || !payload.requestedBy || !payload.adapter)
    throw new Error('crawl-platform job: crawlId, platformId, requestedBy and adapter are required');
  const { summary, continued, skipped } = await runPlatformCrawl(ctx, payload as CrawlPlatformPayload, env);
  return { ...summary, continued, skipped };
}
