import type { Database } from '@vigil/db';
import PgBoss from 'pg-boss';

/** Background job names (pg-boss queues). */
export const JOB = {
  crawlPlatform: 'crawl-platform',
  monitorTick: 'monitor-tick',
  monitorPlatform: 'monitor-platform',
  retroHunt: 'reference-retrohunt',
} as const;
export type JobName = (typeof JOB)[keyof typeof JOB];

/** Retries and expiry per queue. A job whose worker died expires and is retried by pg-boss. */
export const QUEUE_OPTIONS: Record<JobName, Omit<PgBoss.Queue, 'name'>> = {
  [JOB.crawlPlatform]: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 },
  [JOB.monitorTick]: { retryLimit: 0, expireInSeconds: 5 * 60 },
  [JOB.monitorPlatform]: { retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 * 60 },
  [JOB.retroHunt]: { retryLimit: 2, retryDelay: 30, expireInSeconds: 60 * 60 },
};

/** pg-boss keeps its tables in its own schema, next to Vigil's (one per isolated test schema). */
export function jobSchema(database: Database): string {
  return database.schemaName === 'public' ? 'pgboss' : `${database.schemaName}_jobs`;
}

/**
 * A pg-boss instance on Vigil's own pool, so it works the same on PostgreSQL and on the embedded
 * database (whose connections all share one PGlite session: pg-boss needs no session state).
 */
export function createBoss(database: Database, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  const executeSql = (text: string, values?: unknown[]) => database.pool.query(text, values as unknown[]);
  return new PgBoss({ db: { executeSql }, schema: jobSchema(database), ...options });
}

export async function createQueues(boss: PgBoss): Promise<void> {
  for (const [name, options] of Object.entries(QUEUE_OPTIONS))
    await boss.createQueue(name, { name, ...options });
}

const producers = new WeakMap<Database, Promise<PgBoss>>();

/**
 * The sending side for the API and the CLI: no maintenance, no cron, no polling, so it holds no
 * timers; started (and the pg-boss schema migrated) on first use.
 */
export function jobProducer(database: Database): Promise<PgBoss> {
  let producer = producers.get(database);
  if (!producer) {
    producer = (async () => {
      const boss = createBoss(database, { supervise: false, schedule: false });
      boss.on('error', () => undefined);
      await boss.start();
      await createQueues(boss);
      return boss;
    })();
    producer.catch(() => producers.delete(database));
    producers.set(database, producer);
  }
  return producer;
}

export async function sendJob(
  database: Database,
  name: JobName,
  data: object,
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  const boss = await jobProducer(database);
  return boss.send(name, data, options);
}

export interface JobView {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  output: unknown;
  data: unknown;
}

export async function findJob(database: Database, name: JobName, id: string): Promise<JobView | undefined> {
  const boss = await jobProducer(database);
  const job = await boss.getJobById(name, id);
  if (!job) return undefined;
  return {
    id: job.id,
    name: job.name,
    state: job.state,
    retryCount: job.retryCount,
    output: job.output,
    data: job.data,
  };
}
