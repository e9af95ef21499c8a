import { defaultAdapterLimits, defaultRate } from '../adapters/adapter-types.ts';
import { defaultLimits, type FetchLimits, type Header } from '../net/fetch-types.ts';
import type { FetchContext } from '../net/safe-fetch.ts';
import { createPlatformRouter, isOnion } from '../tor/router.ts';
import type { CrawlDeps, CrawlOptions, CrawlSummary } from './crawl-types.ts';
import { type ProcessorContext, processRequest } from './page-processor.ts';
import { HostLimiter } from './politeness.ts';
import { backoffMs, outcomeOf } from './retry-policy.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Adapter headers everywhere; login cookies only to the hosts they were given for (default: start hosts). */
function headersFor(options: CrawlOptions, startHosts: Set<string>): (url: URL) => Header[] {
  const headers: Header[] = Object.entries(options.adapter.headers ?? {});
  const cookies = options.adapter.cookies ?? [];
  return (url) => {
    const mine = cookies.filter((c) =>
      c.domain
        ? url.hostname === c.domain || url.hostname.endsWith(`.${c.domain}`)
        : startHosts.has(url.host),
    );
    return mine.length
      ? [...headers, ['Cookie', mine.map((c) => `${c.name}=${c.value}`).join('; ')]]
      : headers;
  };
}

/**
 * Crawl one platform from a shared, persistent queue until it is drained, a limit is hit or the
 * signal fires. Several workers may run this for the same crawl id at once. Never throws for a
 * page's sake: every failure is recorded as evidence and in the queue.
 */
export async function runCrawl(options: CrawlOptions, deps: CrawlDeps): Promise<CrawlSummary> {
  const { adapter, crawlId, owner } = options;
  const limits: FetchLimits = { ...defaultLimits, ...options.limits };
  const caps = { ...defaultAdapterLimits, ...adapter.limits };
  const rate = { ...defaultRate, ...adapter.rate };
  const leaseMs = options.leaseMs ?? Math.max(60_000, limits.totalTimeoutMs * 3);
  const maxAttempts = options.maxAttempts ?? 4;
  const startOrigins = adapter.startUrls.map((u) => new URL(u).origin);
  const startHosts = new Set(adapter.startUrls.map((u) => new URL(u).host));
  const router = createPlatformRouter({
    limits,
    torPinned: adapter.tor === true,
    ...(adapter.local ? { localOrigins: startOrigins } : {}),
    ...(deps.tor ? { tor: deps.tor } : {}),
    ...(deps.resolveAll ? { resolveAll: deps.resolveAll } : {}),
    connections: rate.concurrency,
  });
  const fetchCtx: FetchContext = { router: router.route, limits, headers: headersFor(options, startHosts) };
  const imageCtx: FetchContext = {
    router: router.route,
    limits: { ...limits, maxBytes: Math.min(limits.maxBytes, 5 * 1024 * 1024) },
  };
  let browser: Awaited<ReturnType<NonNullable<CrawlDeps['launchBrowser']>>> | undefined;
  const ctx: ProcessorContext = {
    adapter,
    deps,
    fetchCtx,
    imageCtx,
    evidence: {
      capturedBy: options.capturedBy,
      crawlId,
      ...(options.operationId ? { operationId: options.operationId } : {}),
      ...(options.platformId ? { platformId: options.platformId } : {}),
    },
    inScope: (url) => {
      const u = new URL(url);
      return startHosts.has(u.host) || (adapter.tor === true && isOnion(u) && startHosts.has(u.host));
    },
    maxDepth: caps.maxDepth,
    captureImages: options.captureImages ?? true,
    imageCache: new Map(),
    ...(deps.launchBrowser ? { browser: async () => (browser ??= await deps.launchBrowser!()) } : {}),
  };
  const summary: CrawlSummary = {
    crawlId,
    pages: 0,
    items: 0,
    newItems: 0,
    bytes: 0,
    failures: {},
    stoppedBy: 'done',
  };
  const limiter = new HostLimiter(rate.concurrency, rate.minDelayMs);
  const inFlight = new Set<Promise<void>>();

  const handle = async (req: Awaited<ReturnType<typeof deps.queue.lease>>[number]) => {
    const release = await limiter.acquire(new URL(req.url).host);
    try {
      const page = await processRequest(req, ctx);
      summary.pages++;
      summary.items += page.items.length;
      summary.newItems += page.newItems.length;
      summary.bytes = await deps.queue.addBytes(crawlId, page.bytes);
      if (page.newItems.length) await deps.onNewItems?.(page.newItems);
      if (page.links.length) await deps.queue.enqueue(crawlId, page.links, caps.maxPages);
      const outcome = outcomeOf(page.result);
      const status = page.result.ok ? page.result.final.status : undefined;
      if (outcome.action === 'done') await deps.queue.complete(req.id, owner, page.evidenceId);
      else {
        summary.failures[outcome.reason.split(':')[0]!] =
          (summary.failures[outcome.reason.split(':')[0]!] ?? 0) + 1;
        if (outcome.action === 'retry' && req.attempts < maxAttempts)
          await deps.queue.retry(
            req.id,
            owner,
            outcome.reason,
            backoffMs(req.attempts, options.backoffBaseMs, undefined, deps.random),
          );
        else await deps.queue.fail(req.id, owner, outcome.reason, page.evidenceId);
      }
      deps.log?.({
        url: req.url,
        outcome: outcome.action,
        ...(outcome.action !== 'done' ? { reason: outcome.reason } : {}),
        ...(status ? { status } : {}),
        items: page.items.length,
      });
    } catch (error) {
      // Our own trouble (disk, database): put the request back rather than lose it.
      const reason = `internal: ${(error as Error).message}`;
      summary.failures.internal = (summary.failures.internal ?? 0) + 1;
      await deps.queue
        .retry(req.id, owner, reason, backoffMs(req.attempts, options.backoffBaseMs))
        .catch(() => undefined);
      deps.log?.({ url: req.url, outcome: 'retry', reason });
    } finally {
      release();
    }
  };

  try {
    await deps.queue.startRun(crawlId, adapter, {
      ...(options.operationId ? { operationId: options.operationId } : {}),
      ...(options.platformId ? { platformId: options.platformId } : {}),
    });
    await deps.queue.enqueue(
      crawlId,
      adapter.startUrls.map((url) => ({ url, kind: 'listing' as const, depth: 0 })),
      caps.maxPages,
    );
    for (;;) {
      if (options.signal?.aborted) {
        summary.stoppedBy = 'signal';
        break;
      }
      if (summary.bytes > caps.maxBytes) {
        summary.stoppedBy = 'maxBytes';
        break;
      }
      const room = rate.concurrency - inFlight.size;
      const leased = room > 0 ? await deps.queue.lease(crawlId, owner, room, leaseMs) : [];
      for (const req of leased) {
        const p = handle(req).finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      if (inFlight.size === 0) {
        const due = await deps.queue.nextDueInMs(crawlId);
        if (due === undefined) break;
        await sleep(Math.min(due, 1000) + 5);
        continue;
      }
      if (leased.length === 0 || inFlight.size >= rate.concurrency) await Promise.race(inFlight);
    }
    await Promise.allSettled(inFlight);
  } finally {
    await router.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }
  return summary;
}
