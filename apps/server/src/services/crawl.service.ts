import { randomUUID } from 'node:crypto';
import {
  type Adapter,
  AdapterError,
  adapterFor,
  type CrawlDeps,
  type CrawlSummary,
  duePlatforms,
  type MonitorEvent,
  runCrawlJob,
  runMonitorJob,
  type Socks5Options,
  validateAdapter,
} from '@vigil/collect';
import { type Actor, actorFromUser } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import { lastCrawlAdapter, monitoredPlatforms } from '../repositories/crawl.repository.ts';
import { JOB, sendJob } from '../repositories/job.repository.ts';
import type { PlatformRow } from '../repositories/platform.repository.ts';
import { findUser } from '../repositories/user.repository.ts';
import { appendAudit } from './audit.service.ts';
import { CollectedItemSink } from './collected-item-sink.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { invalid } from './errors.ts';
import { recordEvent } from './event.service.ts';
import { requireOperation } from './operation.service.ts';
import { requirePlatform } from './platform.service.ts';
import { administratorActor } from './system-actor.ts';

/** Items scoring at least this raise an alert when monitoring finds them new or changed. */
export const MONITOR_ALERT_SCORE = 70;

/** What a `crawl-platform` job carries; the same crawlId again resumes the crawl from its queue. */
export interface CrawlPlatformPayload {
  crawlId: string;
  platformId: string;
  adapter: Adapter;
  /** The user who asked for the crawl: capturer in evidence, actor of the items and events. */
  requestedBy: string;
}

/** What a worker brings to collection jobs. */
export interface CollectEnv {
  dataDir: string;
  tor?: Socks5Options;
  /** Fixture and lab platforms on loopback/private addresses; off for real deployments. */
  allowLocal: boolean;
  /** A crawl job works this long, then hands the rest of its queue to a follow-up job. */
  sliceMs: number;
  /** Fires when the worker shuts down. */
  signal?: AbortSignal;
  leaseMs?: number;
  launchBrowser?: CrawlDeps['launchBrowser'];
  log?: CrawlDeps['log'];
  /** Expiry and retries of the running job, kept by its follow-up job. */
  continueWith?: {
    expireInSeconds?: number;
    retryLimit?: number;
    retryDelay?: number;
    retryBackoff?: boolean;
  };
}

function checkedAdapter(raw: unknown, label: string): Adapter {
  try {
    return validateAdapter(raw, label);
  } catch (error) {
    if (error instanceof AdapterError) throw invalid(error.message);
    throw error;
  }
}

/** The platform's own adapter: its last crawl's, else the generic adapter on its first web address. */
async function platformAdapter(ctx: ServiceContext, platform: PlatformRow): Promise<Adapter> {
  const last = await lastCrawlAdapter(ctx.database.pool, platform.id);
  if (last) return checkedAdapter(last, platform.name);
  const address = platform.addresses
    .map((a) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(a) ? a : `http://${a}`))
    .find((a) => /^https?:\/\//i.test(a));
  if (!address) throw invalid('platform has no web address: give an adapter');
  return { ...adapterFor(address), name: platform.name };
}

/** Queue a crawl of a platform; a worker (`vigil worker`) runs it. */
export async function requestPlatformCrawl(
  ctx: ServiceContext,
  actor: Actor,
  platformId: string,
  input: { adapter?: unknown; maxPages?: number },
): Promise<{ jobId: string; crawlId: string }> {
  authorize(actor, 'item.create');
  const platform = await requirePlatform(ctx, platformId);
  await requireOperation(ctx, platform.operationId);
  const base = input.adapter
    ? checkedAdapter(input.adapter, 'adapter')
    : await platformAdapter(ctx, platform);
  const adapter = input.maxPages ? { ...base, limits: { ...base.limits, maxPages: input.maxPages } } : base;
  if (!actor.country && platform.countries.length === 0)
    throw invalid('ownerCountry: neither you nor the platform has a country');
  const crawlId = randomUUID();
  const payload: CrawlPlatformPayload = { crawlId, platformId, adapter, requestedBy: actor.id };
  const jobId = await sendJob(ctx.database, JOB.crawlPlatform, payload);
  if (!jobId) throw new Error('the job queue refused the crawl job');
  await inTransaction(ctx, async (tx) => {
    await recordEvent(tx, actor, {
      operationId: platform.operationId,
      type: 'crawl.requested',
      payload: { platformId, crawlId, jobId, name: platform.name },
    });
    await appendAudit(tx, [
      {
        actor: actor.id,
        action: 'crawl',
        resourceType: 'platform',
        resourceId: platformId,
        details: { crawlId, jobId, startUrls: adapter.startUrls },
      },
    ]);
  });
  return { jobId, crawlId };
}

function assertAllowed(adapter: Adapter, env: CollectEnv): void {
  if (adapter.local && !env.allowLocal)
    throw new Error(
      `adapter "${adapter.name}" is marked local (loopback/private addresses): this worker was started without --allow-local`,
    );
}

async function requester(ctx: ServiceContext, userId: string): Promise<Actor> {
  const user = await findUser(ctx.database.db, userId);
  if (!user?.active) throw new Error(`the user who asked for this crawl (${userId}) is no longer active`);
  return actorFromUser(user);
}

/**
 * Run (a slice of) a platform crawl as a worker: items are analysed and stored through
 * `storeItem`, so they reach the live feed like any other item. A crawl not finished within the
 * slice (or interrupted by shutdown) continues in a follow-up job with the same crawl id.
 */
export async function runPlatformCrawl(
  ctx: ServiceContext,
  payload: CrawlPlatformPayload,
  env: CollectEnv,
): Promise<{ summary: CrawlSummary; continued: boolean; skipped: number }> {
  const platform = await requirePlatform(ctx, payload.platformId);
  const actor = await requester(ctx, payload.requestedBy);
  const adapter = checkedAdapter(payload.adapter, 'job');
  assertAllowed(adapter, env);
  const ownerCountry = actor.country ?? platform.countries[0];
  if (!ownerCountry) throw new Error('ownerCountry: neither the requester nor the platform has a country');
  const sink = new CollectedItemSink(ctx, {
    actor,
    operationId: platform.operationId,
    platformId: platform.id,
    ownerCountry,
    ...(adapter.country ? { country: adapter.country } : {}),
  });
  const slice = AbortSignal.timeout(env.sliceMs);
  const signal = env.signal ? AbortSignal.any([env.signal, slice]) : slice;
  const summary = await runCrawlJob(
    {
      crawlId: payload.crawlId,
      adapter,
      operationId: platform.operationId,
      ownerCountry,
      platformId: platform.id,
      capturedBy: actor.id,
    },
    {
      pool: ctx.database.pool,
      dataDir: env.dataDir,
      sink,
      signal,
      ...(env.tor ? { tor: env.tor } : {}),
      ...(env.leaseMs ? { leaseMs: env.leaseMs } : {}),
      ...(env.launchBrowser ? { launchBrowser: env.launchBrowser } : {}),
      ...(env.log ? { log: env.log } : {}),
    },
  );
  const continued = summary.stoppedBy === 'signal';
  if (continued) await sendJob(ctx.database, JOB.crawlPlatform, payload, env.continueWith ?? {});
  await inTransaction(ctx, (tx) =>
    recordEvent(tx, actor, {
      operationId: platform.operationId,
      type: continued ? 'crawl.progress' : 'crawl.finished',
      payload: {
        platformId: platform.id,
        crawlId: payload.crawlId,
        pages: summary.pages,
        items: summary.items,
        newItems: summary.newItems,
        failures: summary.failures,
        skipped: sink.skipped.length,
      },
    }),
  );
  return { summary, continued, skipped: sink.skipped.length };
}

/** Platforms flagged for follow-up whose schedule says a monitoring round is due, queued once each. */
export async function queueDueMonitoring(ctx: ServiceContext, now: Date): Promise<string[]> {
  const due = duePlatforms(
    (await monitoredPlatforms(ctx.database.pool)).map((p) => ({
      ...p,
      key: p.id,
      flaggedForFollowUp: p.flagged,
    })),
    now,
  );
  const queued: string[] = [];
  for (const platform of due) {
    // One round per platform per tick window, however many ticks see it due.
    const id = await sendJob(
      ctx.database,
      JOB.monitorPlatform,
      { platformId: platform.id },
      { singletonKey: platform.id, singletonSeconds: 300 },
    );
    if (id) queued.push(platform.id);
  }
  return queued;
}

function monitorEventType(event: MonitorEvent): string | undefined {
  if (event.type === 'item.changed' || event.type === 'item.removed') return event.type;
  if (event.type === 'alert') return 'alert.item_score';
  // item.new: storeItem already announced the new content as item.created.
  return undefined;
}

/**
 * One monitoring round of a platform (scheduled, so it acts as the first administrator): re-crawl
 * with full evidence, then changed and removed items become events, and high scores alerts.
 */
export async function runPlatformMonitoring(
  ctx: ServiceContext,
  payload: { platformId: string },
  env: CollectEnv,
) {
  const platform = await requirePlatform(ctx, payload.platformId);
  const actor = await administratorActor(ctx.database);
  const adapter = await platformAdapter(ctx, platform);
  assertAllowed(adapter, env);
  const ownerCountry = platform.countries[0] ?? actor.country;
  if (!ownerCountry)
    throw new Error('ownerCountry: the platform has no country and neither has the administrator');
  const sink = new CollectedItemSink(ctx, {
    actor,
    operationId: platform.operationId,
    platformId: platform.id,
    ownerCountry,
    ...(adapter.country ? { country: adapter.country } : {}),
  });
  const events: MonitorEvent[] = [];
  const result = await runMonitorJob(
    {
      adapter,
      platformKey: platform.id,
      operationId: platform.operationId,
      platformId: platform.id,
      capturedBy: actor.id,
      alertThreshold: MONITOR_ALERT_SCORE,
    },
    {
      pool: ctx.database.pool,
      dataDir: env.dataDir,
      sink,
      emit: (event) => {
        events.push(event);
      },
      ...(env.tor ? { tor: env.tor } : {}),
      ...(env.launchBrowser ? { launchBrowser: env.launchBrowser } : {}),
    },
  );
  const handled = { ownerCountry, handling: 'operation' as const, sharedWith: [] };
  await inTransaction(ctx, async (tx) => {
    for (const event of events) {
      const type = monitorEventType(event);
      if (!type) continue;
      const { type: _, platformKey: __, ...rest } = event;
      await recordEvent(tx, actor, {
        operationId: platform.operationId,
        type,
        handled,
        payload: { platformId: platform.id, ...rest },
      });
    }
    await recordEvent(tx, actor, {
      operationId: platform.operationId,
      type: 'crawl.monitored',
      handled,
      payload: {
        platformId: platform.id,
        crawlId: result.summary.crawlId,
        pages: result.summary.pages,
        added: result.diff.added.length,
        changed: result.diff.changed.length,
        removed: result.diff.removed.length,
        complete: result.complete,
      },
    });
  });
  return result;
}
