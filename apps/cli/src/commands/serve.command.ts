import type { RunningWorker } from '@vigil/server';
import type { RegisterCommand } from './index.ts';

/** `vigil serve`: the command centre (API + web app) on the configured database. */
export const registerServe: RegisterCommand = (program) => {
  program
    .command('serve')
    .description('run the command centre (embedded database unless DATABASE_URL is set)')
    .option('-p, --port <port>', 'port to listen on (PORT, default 8080)')
    .option('--host <host>', 'address to listen on (HOST, default 127.0.0.1)')
    .option(
      '--worker',
      'also run background jobs (crawls, monitoring) in this process, as `vigil worker` does',
    )
    .action(async (options: { port?: string; host?: string; worker?: boolean }) => {
      const env = { ...process.env };
      if (options.port) env.PORT = options.port;
      if (options.host) env.HOST = options.host;
      const { ConfigError, loadConfig, StartupError, startServer, startWorker } = await import(
        '@vigil/server'
      );
      try {
        const config = loadConfig(env);
        const server = await startServer(config);
        // The embedded database admits one process, so there the worker role runs here.
        const worker: RunningWorker | undefined = options.worker
          ? await startWorker(server.database, {
              dataDir: config.dataDir,
              allowLocal: false,
              onJob: (line) => server.app.log.info(line, 'job'),
              onError: (error) => server.app.log.error({ err: error }, 'job queue'),
            })
          : undefined;
        const shutdown = (signal: string) => {
          server.app.log.info({ signal }, 'shutting down');
          Promise.resolve(worker?.stop())
            .then(() => server.stop())
            .then(
              () => process.exit(0),
              (error: unknown) => {
                server.app.log.error({ err: error }, 'shutdown failed');
                process.exit(1);
              },
            );
        };
        process.once('SIGINT', () => shutdown('SIGINT'));
        process.once('SIGTERM', () => shutdown('SIGTERM'));
        server.app.log.info(`Vigil command centre at ${server.url} (${server.database.kind} database)`);
      } catch (error) {
        if (error instanceof ConfigError || error instanceof StartupError) {
          process.stderr.write(`vigil: ${error.message}\n`);
          process.exit(1);
        }
        throw error;
      }
    });
};
