import { ConfigError, loadConfig, StartupError, startServer } from '@vigil/server';
import type { RegisterCommand } from './index.ts';

/** `vigil serve`: the command centre (API + web app) on the configured database. */
export const registerServe: RegisterCommand = (program) => {
  program
    .command('serve')
    .description('run the command centre (embedded database unless DATABASE_URL is set)')
    .option('-p, --port <port>', 'port to listen on (PORT, default 8080)')
    .option('--host <host>', 'address to listen on (HOST, default 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }) => {
      const env = { ...process.env };
      if (options.port) env.PORT = options.port;
      if (options.host) env.HOST = options.host;
      try {
        const config = loadConfig(env);
        const server = await startServer(config);
        const shutdown = (signal: string) => {
          server.app.log.info({ signal }, 'shutting down');
          server.stop().then(
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
