// npm run bench:live -- [--seconds 60] [--clients 100] [--writers 50] [--rate 200] [--demo-items 500]
// Starts `vigil serve` (embedded, or PostgreSQL when DATABASE_URL is set, in its own schema), loads
// the synthetic demo, then runs N live-stream clients and W writers on loopback for the given time.
// Prints events/s delivered, p50/p99 write-to-client latency (from the moment the write is sent, and
// from the moment its HTTP response returns), events lost, and figures-endpoint p99.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSse } from '../apps/server/src/testing/sse-client.ts';
import { signInApi } from '../e2e/support/api.ts';
import { serverEnv, startVigil, stopChild, VIGIL } from '../e2e/support/cli.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '100' },
    writers: { type: 'string', default: '50' },
    rate: { type: 'string', default: '200' },
    'demo-items': { type: 'string', default: '500' },
  },
});
const seconds = Number(values.seconds);
const clientCount = Number(values.clients);
const writerCount = Number(values.writers);
const rate = Number(values.rate);
const ADMIN = { email: 'bench-admin@example.test', password: 'synthetic-bench-password' };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-bench-live-'));
  const { env, cleanup } = serverEnv(dataDir);
  const fullEnv = {
    ...env,
    VIGIL_ADMIN_EMAIL: ADMIN.email,
    VIGIL_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'error',
  };
  const demo = spawnSync(process.execPath, [VIGIL, 'demo', '--items', values['demo-items']!], {
    env: fullEnv,
    encoding: 'utf8',
  });
  if (demo.status !== 0) throw new Error(`vigil demo failed: ${demo.stderr}`);
  const server = await startVigil(fullEnv);
  try {
    const admin = await signInApi(server.url, ADMIN.email, ADMIN.password);
    const [operation] = await admin.get<{ id: string }[]>('/api/operations');
    const operationId = operation!.id;

    // Figures endpoint latency on the demo operation.
    const figureTimes: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await admin.get(`/api/operations/${operationId}/figures`);
      figureTimes.push(performance.now() - started);
    }
    figureTimes.sort((a, b) => a - b);

    // One session per client would trip the sign-in rate limit; sessions are shared in tens.
    const sessions: Record<string, string>[] = [];
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    sessions.push({ cookie });
    const streams = await Promise.all(
      Array.from({ length: clientCount }, () =>
        openSse(`${server.url}/api/operations/${operationId}/events`, sessions[0]!),
      ),
    );
    const sentAt = new Map<string, number>();
    const committedAt = new Map<string, number>();
    const latencies: number[] = [];
    const afterCommit: number[] = [];
    const received = streams.map(() => new Set<string>());
    // Watch deliveries as they arrive (the reader pushes into `messages`).
    const seen = streams.map(() => 0);
    const collector = setInterval(() => {
      const now = performance.now();
      streams.forEach((stream, i) => {
        for (; seen[i]! < stream.messages.length; seen[i]!++) {
          const message = stream.messages[seen[i]!]!;
          const key = message.data.payload.targetKey as string | undefined;
          if (message.data.type !== 'claim.created' || !key?.startsWith('bench-')) continue;
          received[i]!.add(key);
          const start = sentAt.get(key);
          if (start !== undefined) latencies.push(now - start);
          const committed = committedAt.get(key);
          afterCommit.push(committed === undefined ? 0 : Math.max(0, now - committed));
        }
      });
    }, 2);

    let written = 0;
    let failed = 0;
    const deadline = Date.now() + seconds * 1000;
    const interval = (1000 * writerCount) / rate;
    await Promise.all(
      Array.from({ length: writerCount }, async (_, w) => {
        await new Promise((resolve) => setTimeout(resolve, (interval / writerCount) * w));
        for (let n = 0; Date.now() < deadline; n++) {
          const started = Date.now();
          const key = `bench-${w}-${n}`;
          sentAt.set(key, performance.now());
          try {
            await admin.post(`/api/operations/${operationId}/claims`, {
              targetType: 'username',
              targetKey: key,
            });
            committedAt.set(key, performance.now());
            written++;
          } catch {
            failed++;
            sentAt.delete(key);
          }
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, interval - (Date.now() - started))));
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    clearInterval(collector);
    for (const stream of streams) stream.close();
    const expected = [...sentAt.keys()];
    const lost = received.reduce((sum, set) => sum + expected.filter((key) => !set.has(key)).length, 0);
    latencies.sort((a, b) => a - b);
    afterCommit.sort((a, b) => a - b);
    const delivered = received.reduce((sum, set) => sum + set.size, 0);
    console.log(
      JSON.stringify(
        {
          database: process.env.DATABASE_URL ? 'postgres' : 'embedded',
          seconds,
          clients: clientCount,
          writers: writerCount,
          targetWritesPerSecond: rate,
          writesPerSecond: +(written / seconds).toFixed(1),
          writeErrors: failed,
          eventsDeliveredPerSecond: +(delivered / seconds).toFixed(0),
          afterCommitLatencyMs: {
            p50: +percentile(afterCommit, 50).toFixed(1),
            p99: +percentile(afterCommit, 99).toFixed(1),
          },
          latencyMs: {
            p50: +percentile(latencies, 50).toFixed(1),
            p99: +percentile(latencies, 99).toFixed(1),
            max: +(latencies.at(-1) ?? 0).toFixed(1),
          },
          eventsLost: lost,
          figuresP99Ms: +percentile(figureTimes, 99).toFixed(1),
          machine: `${cpus().length} x ${cpus()[0]?.model ?? '?'}`,
        },
        null,
        2,
      ),
    );
  } finally {
    await stopChild(server.child, 'SIGTERM');
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
