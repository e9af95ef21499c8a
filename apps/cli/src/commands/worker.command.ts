import type { Config } from '@vigil/server';
import { positive, torProxy } from './crawl.command.ts';
import type { RegisterCommand } from './index.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

interface WorkerFlags {
  concurrency: number;
  tor?: { host: string; port: number };
  allowLocal?: boolean;
  sliceSeconds: number;
  leaseSeconds?: number;
  maintenanceSeconds: number;
  monitoring: boolean;
  pollSeconds: number;
}

/**
 * `vigil worker`: run background jobs (crawls, monitoring rounds) from the pg-boss queue until
 * SIGINT/SIGTERM. Any number of workers may run against one PostgreSQL database.
 */
export const registerWorker: RegisterCommand = (program) => {
  program
    .command('worker')
    .description('run background jobs: platform crawls and the monitoring schedule (pg-boss)')
    .option('--concurrency <n>', 'crawl jobs at once in this process', positive, 1)
    .option('--tor <ip:port>', 'SOCKS5 proxy for .onion and Tor-pinned platforms')
    .option('--allow-local', 'allow adapters marked local (loopback/private addresses: fixtures, labs)')
    .option(
      '--slice-seconds <n>',
      'a crawl job hands its remaining queue to a follow-up job after this long (keep it under the job expiry, 15 min)',
      positive,
      300,
    )
    .option(
      '--lease-seconds <n>',
      'how long a page request stays with this worker before others may take it',
      positive,
    )
    .option('--maintenance-seconds <n>', 'how often pg-boss expires jobs of dead workers', positive, 60)
    .option('--no-monitoring', 'do not run the monitoring schedule in this worker')
    .option('--poll-seconds <n>', 'how often an idle worker looks for jobs', positive, 2)
    .action(async (raw: Omit<WorkerFlags, 'tor'> & { tor?: string }) => {
      const { tor, ...rest } = raw;
      const flags: WorkerFlags = { ...rest, ...(tor ? { tor: torProxy(tor) } : {}) };
      const { browserAvailable, launchBrowser } = await import('@vigil/collect');
      const { DatabaseStartError, openDatabase } = await import('@vigil/db');
      const { ConfigError, loadConfig, startWorker } = await import('@vigil/server');
      let config: Config;
      try {
        config = loadConfig();
      } catch (error) {
        if (error instanceof ConfigError) {
          process.stderr.write(`vigil: ${error.message}\n`);
          process.exit(1);
        }
        throw error;
      }
      let database: Awaited<ReturnType<typeof openDatabase>>;
      try {
        database = await openDatabase({
          databaseUrl: config.databaseUrl,
          dataDir: config.dataDir,
          schemaName: config.dbSchema,
        });
      } catch (error) {
        if (error instanceof DatabaseStartError) {
          const hint = config.databaseUrl
            ? ''
            : ' (the embedded database admits one process: stop `vigil serve`, or run `vigil serve --worker`)';
          process.stderr.write(`vigil: ${error.message}${hint}\n`);
          process.exit(1);
        }
        throw error;
      }
      const worker = await startWorker(database, {
        dataDir: config.dataDir,
        allowLocal: flags.allowLocal === true,
        concurrency: flags.concurrency,
        sliceMs: flags.sliceSeconds * 1000,
        maintenanceSeconds: flags.maintenanceSeconds,
        ...(flags.leaseSeconds ? { leaseMs: flags.leaseSeconds * 1000 } : {}),
        monitoring: flags.monitoring,
        pollSeconds: flags.pollSeconds,
        ...(flags.tor ? { tor: flags.tor } : {}),
        ...(browserAvailable() ? { launchBrowser } : {}),
        onJob: (line) =>
          out(
            `${new Date().toISOString()} ${line.outcome.padEnd(6)} ${line.job} ${line.id} ${JSON.stringify(line.detail)}`,
          ),
        onError: (error) => process.stderr.write(`vigil worker: ${error.message}\n`),
      });
      out(`vigil worker ${process.pid} on the ${database.kind} database: waiting for jobs`);
      const stop = (signal: string) => {
        out(`${signal}: finishing current pages, handing unfinished crawls back to the queue`);
        worker
          .stop()
          .then(() => database.close())
          .then(
            () => process.exit(0),
            (error: unknown) => {
              process.stderr.write(`vigil worker: shutdown failed: ${(error as Error).message}\n`);
              process.exit(1);
            },
          );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
};
