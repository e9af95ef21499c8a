import { type ChildProcess, fork } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { DatabaseStartError } from './errors.ts';

const CHILD = fileURLToPath(new URL('./pglite-child.mjs', import.meta.url));

export interface EmbeddedDatabase {
  /** A `postgres://` URL that `pg` can connect to. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Make sure the data directory exists and is writable; fail with one clear line otherwise. */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DatabaseStartError(
      `data directory ${dir} is not writable (${code}): set VIGIL_DATA_DIR to a writable directory`,
    );
  }
}

/**
 * Start PGlite in a child process, serving the PostgreSQL wire protocol on a free loopback port.
 * The data lives in `<dataDir>/pg`; a lock file keeps two Vigil processes from opening it at once.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  options: { maxConnections?: number } = {},
): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  ensureWritableDir(root);
  const lock = acquireDataDirLock(root);
  let child: ChildProcess;
  try {
    child = fork(CHILD, [], {
      env: {
        ...process.env,
        VIGIL_PGLITE_DIR: resolve(root, 'pg'),
        VIGIL_PGLITE_MAX_CONNECTIONS: String(options.maxConnections ?? 16),
      },
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  } catch (error) {
    lock.release();
    throw error;
  }
  if (child.pid) lock.recordChild(child.pid);
  const port = await waitForReady(child, lock);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir: root,
    stop: () => stopChild(child, lock),
  };
}

function waitForReady(child: ChildProcess, lock: DataDirLock): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const fail = (message: string) => {
      lock.release();
      child.kill('SIGKILL');
      reject(new DatabaseStartError(`embedded database did not start: ${message}`));
    };
    child.once('message', (message: { type: string; port?: number; message?: string }) => {
      if (message.type === 'ready' && message.port) resolvePort(message.port);
      else fail(message.message ?? 'unexpected message from the database process');
    });
    child.once('exit', (code) => fail(`the database process exited with code ${code}`));
    child.once('error', (error) => fail(error.message));
  });
}

async function stopChild(child: ChildProcess, lock: DataDirLock): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    // Drop the start-up failure handlers first: an exit now is the expected outcome.
    child.removeAllListeners('exit');
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.send({ type: 'stop' });
    const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timeout);
  }
  lock.release();
}
