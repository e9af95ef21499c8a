import { createServer } from 'node:net';
import { type Database, DatabaseStartError, ensureWritableDir, openDatabase } from '@vigil/db';
import type { Config } from '../env.ts';
import { buildApp } from '../http/app.ts';
import type { AppInstance } from '../http/app-instance.ts';
import { ensureFirstAdmin } from '../services/auth.service.ts';
import { VERSION } from '../version.ts';

export interface RunningServer {
  app: AppInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** A start-up failure that the CLI prints as one line before exiting non-zero. */
export class StartupError extends Error {}

/** Open the database, migrate, and serve the API and the web app. */
export async function startServer(config: Config): Promise<RunningServer> {
  // Fail fast on a taken port before spending seconds on the database.
  await assertPortFree(config);
  if (!config.databaseUrl) {
    try {
      ensureWritableDir(config.dataDir);
    } catch (error) {
      throw new StartupError((error as Error).message);
    }
  }
  let database: Database;
  try {
    database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      schemaName: config.dbSchema,
    });
  } catch (error) {
    if (error instanceof DatabaseStartError) throw new StartupError(error.message);
    throw error;
  }
  const admin = await ensureFirstAdmin(database, config.adminEmail, config.adminPassword);
  if (admin?.generatedPassword) {
    // Shown once: it is not stored anywhere but as an argon2id hash.
    process.stderr.write(
      `vigil: created the first administrator ${admin.email} with password ${admin.generatedPassword} (shown only now; change it after signing in)\n`,
    );
  } else if (admin) {
    process.stderr.write(`vigil: created the first administrator ${admin.email}\n`);
  }
  let app: AppInstance;
  try {
    app = await buildApp({ config, database, version: VERSION });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    throw listenError(config, (error as NodeJS.ErrnoException).code) ?? error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await database.close();
    })();
    return stopping;
  };
  return { app, database, url: `http://${config.host}:${port}`, stop };
}

function listenError(config: Config, code: string | undefined): StartupError | undefined {
  if (code === 'EADDRINUSE') {
    return new StartupError(
      `port ${config.port} on ${config.host} is already in use: stop the other program or set PORT`,
    );
  }
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return new StartupError(
      `cannot listen on ${config.host}:${config.port} (${code}): choose another HOST or PORT`,
    );
  }
  return undefined;
}

function assertPortFree(config: Config): Promise<void> {
  if (config.port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenError(config, error.code) ?? error));
    probe.listen(config.port, config.host, () => probe.close(() => resolve()));
  });
}
