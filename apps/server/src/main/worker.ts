import type { Database } from '@vigil/db';
import type PgBoss from 'pg-boss';
import { crawlPlatformJob } from '../jobs/crawl-platform.job.ts';
import { monitorPlatformJob, monitorTickJob } from '../jobs/monitor.job.ts';
import { createBoss, createQueues, JOB, type JobName } from '../repositories/job.repository.ts';
import type { ServiceContext } from '../services/context.ts';
import type { CollectEnv } from '../services/crawl.service.ts';

export interface WorkerOptions extends Omit<CollectEnv, 'signal' | 'sliceMs'> {
  /** Crawl jobs run at once in this process (each crawl has its own per-host politeness). */
  concurrency?: number;
  sliceMs?: number;
  /** How often idle workers look for jobs. */
  pollSeconds?: number;
  /** pg-boss maintenance (expiring jobs of dead workers) interval. */
  maintenanceSeconds?: number;
  /** Run the monitoring schedule (cron every 5 minutes). */
  monitoring?: boolean;
  onJob?: (line: { job: JobName; id: string; outcome: 'done' | 'failed'; detail: unknown }) => void;
  onError?: (error: Error) => void;
}

/** A follow-up crawl job keeps the expiry and retries its predecessor was sent with. */
function jobOptions(job: PgBoss.JobWithMetadata<unknown>) {
  const expire = Number((job as { expireInSeconds?: unknown }).expireInSeconds);
  return {
    retryLimit: job.retryLimit,
    retryDelay: job.retryDelay,
    retryBackoff: job.retryBackoff,
    ...(Number.isFinite(expire) && expire >= 1 ? { expireInSeconds: Math.round(expire) } : {}),
  };
}

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * The worker role: takes crawl and monitoring jobs from pg-boss. A job that throws is recorded as
 * failed (and retried per queue policy) and the worker goes on; a worker killed mid-job leaves the
 * job active until it expires, then pg-boss hands it to another worker, which resumes the crawl
 * from the database request queue.
 */
export async function startWorker(database: Database, options: WorkerOptions): Promise<RunningWorker> {
  const shutdown = new AbortController();
  const ctx: ServiceContext = { database, eventsCommitted: () => undefined };
  const env: CollectEnv = {
    ...options,
    sliceMs: options.sliceMs ?? 5 * 60_000,
    signal: shutdown.signal,
  };
  const boss = createBoss(database, {
    supervise: true,
    schedule: options.monitoring ?? true,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  await createQueues(boss);
  const pollingIntervalSeconds = options.pollSeconds ?? 2;

  const handle =
    <J extends PgBoss.Job<unknown>>(name: JobName, run: (data: unknown, job: J) => Promise<unknown>) =>
    async ([job]: J[]) => {
      if (!job) return;
      try {
        const result = await run(job.data, job);
        options.onJob?.({ job: name, id: job.id, outcome: 'done', detail: result });
        return result;
      } catch (error) {
        options.onJob?.({ job: name, id: job.id, outcome: 'failed', detail: (error as Error).message });
        throw error;
      }
    };

  for (let i = 0; i < (options.concurrency ?? 1); i++)
    await boss.work(
      JOB.crawlPlatform,
      { pollingIntervalSeconds, includeMetadata: true },
      handle(JOB.crawlPlatform, (data, job: PgBoss.JobWithMetadata<unknown>) =>
        crawlPlatformJob(ctx, { ...env, continueWith: jobOptions(job) }, data),
      ),
    );
  await boss.work(
    JOB.monitorPlatform,
    { pollingIntervalSeconds },
    handle(JOB.monitorPlatform, (data) => monitorPlatformJob(ctx, env, data)),
  );
  await boss.work(
    JOB.monitorTick,
    { pollingIntervalSeconds },
    handle(JOB.monitorTick, () => monitorTickJob(ctx)),
  );
  if (options.monitoring ?? true) await boss.schedule(JOB.monitorTick, '*/5 * * * *');

  let stopping: Promise<void> | undefined;
  return {
    boss,
    stop() {
      stopping ??= (async () => {
        // Running crawls stop at the next request and hand their queue to a follow-up job.
        shutdown.abort();
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      })();
      return stopping;
    },
  };
}
