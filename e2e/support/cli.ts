import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VIGIL = fileURLToPath(new URL('../../apps/cli/bin/vigil.mjs', import.meta.url));

/** A free loopback port (the OS picks it, we release it for the process under test). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `vigil ...` to completion, as a user would from a shell. */
export function runVigil(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VIGIL, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // Decode across chunks: a multi-byte character split between two chunks must not turn into U+FFFD.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Environment for a child Vigil: no inherited DATABASE_URL unless the test gives one. */
export function childEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.VIGIL_TEST_TEMPLATE_DIR;
  return { ...env, ...extra };
}

/** Start `vigil serve` and wait until /api/health answers. */
export async function startVigil(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [VIGIL, 'serve'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vigil serve exited early (${child.exitCode}): ${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { child, url, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`vigil serve did not answer within 120 s: ${output}`);
}

/** Stop a child and wait for it to exit. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

/**
 * Environment for a server under test: its own embedded data directory, or, when the run targets
 * PostgreSQL, its own schema there. `cleanup` drops that schema.
 */
export function serverEnv(dataDir: string): { env: NodeJS.ProcessEnv; cleanup: () => Promise<void> } {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return { env: childEnv({ VIGIL_DATA_DIR: dataDir }), cleanup: async () => undefined };
  const schema = `vigil_e2e_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    env: childEnv({ DATABASE_URL: databaseUrl, VIGIL_DB_SCHEMA: schema, VIGIL_DATA_DIR: dataDir }),
    cleanup: async () => {
      const { default: pg } = await import('pg');
      const client = new pg.Client(databaseUrl);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
