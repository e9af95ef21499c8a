// npm run bench:live -- [--seconds 60] [--clients 100] [--writers 50] [--rate 200] [--warmup 3]
//                       [--demo-items 500] [--sessions 5]
// Starts `vigil serve` (embedded, or PostgreSQL when DATABASE_URL is set, in its own schema), loads
// the synthetic demo, opens N live-stream clients and offers `rate` claims per second, paced
// (open loop) over W writer connections. Each claim is one event. Prints the events/s delivered to
// all clients, latency to client receipt from the moment each write was due, from its commit (the
// event row's time, stamped at insert just before COMMIT) and from its HTTP response, events lost
// and duplicated, figures-endpoint p99 (idle and under load), CPU seconds of server and bench, and
// the load average.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serverEnv, startVigil, stopChild, VIGIL } from '../e2e/support/cli.ts';
import { type BenchEvent, openSseReader } from './live/sse-reader.ts';
import { percentiles, processCpuSeconds, treeCpuSeconds } from './live/stats.ts';
import { runPacedWrites, type Session, type WriteRecord } from './live/writer.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '3' },
    clients: { type: 'string', default: '100' },
    writers: { type: 'string', default: '50' },
    rate: { type: 'string', default: '200' },
    sessions: { type: 'string', default: '5' },
    'demo-items': { type: 'string', default: '500' },
  },
});
const seconds = Number(values.seconds);
const clientCount = Number(values.clients);
const writerCount = Number(values.writers);
const rate = Number(values.rate);
const ADMIN = { email: 'bench-admin@example.test', password: 'synthetic-bench-password' };
const now = () => performance.timeOrigin + performance.now();

async function signIn(base: string): Promise<Session> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

async function timeFigures(url: string, session: Session, count: number, gapMs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = now();
    const response = await fetch(url, { headers: { cookie: session.cookie } });
    await response.arrayBuffer();
    times.push(now() - started);
    if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return times;
}

/** What the clients saw of the measured writes. */
interface Receipts {
  fromDue: number[];
  fromCommit: number[];
  fromResponse: number[];
  perClient: Set<string>[];
  duplicates: number;
}

const countBy = (values: string[]) =>
  Object.fromEntries([...new Set(values)].map((value) => [value, values.filter((v) => v === value).length]));

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
    const sessions = await Promise.all(
      Array.from({ length: Number(values.sessions) }, () => signIn(server.url)),
    );
    const operations = (await (
      await fetch(`${server.url}/api/operations`, { headers: { cookie: sessions[0]!.cookie } })
    ).json()) as { id: string }[];
    const operationId = operations[0]!.id;
    const figuresUrl = `${server.url}/api/operations/${operationId}/figures`;
    const figuresIdle = await timeFigures(figuresUrl, sessions[0]!, 50, 0);

    const records = new Map<string, WriteRecord>();
    const receipts: Receipts = {
      fromDue: [],
      fromCommit: [],
      fromResponse: [],
      perClient: [],
      duplicates: 0,
    };
    let measuring = false;
    const early: { record: WriteRecord; receivedAt: number }[] = [];
    const onEvent = (client: number) => (event: BenchEvent, receivedAt: number) => {
      if (event.type !== 'claim.created') return;
      const key = event.payload.targetKey as string;
      if (!measuring || !key.startsWith('run-')) return;
      const seen = receipts.perClient[client]!;
      if (seen.has(key)) {
        receipts.duplicates++;
        return;
      }
      seen.add(key);
      const record = records.get(key);
      if (!record) return;
      receipts.fromDue.push(receivedAt - record.dueAt);
      receipts.fromCommit.push(Math.max(0, receivedAt - Date.parse(event.time)));
      // The response may still be on its way; settle those after the run.
      early.push({ record, receivedAt });
    };
    const readers = await Promise.all(
      Array.from({ length: clientCount }, (_, i) => {
        receipts.perClient.push(new Set());
        return openSseReader(
          `${server.url}/api/operations/${operationId}/events`,
          sessions[i % sessions.length]!.cookie,
          onEvent(i),
        );
      }),
    );
    const claimsUrl = `${server.url}/api/operations/${operationId}/claims`;
    const common = { url: claimsUrl, sessions, writers: writerCount, rate, records };
    await runPacedWrites({ ...common, seconds: Number(values.warmup), prefix: 'warmup' });

    measuring = true;
    const pid = server.child.pid!;
    const cpuServer = processCpuSeconds(pid);
    const cpuTree = treeCpuSeconds(pid);
    const cpuBench = process.cpuUsage();
    const startedAt = now();
    let loadRunning = true;
    const figuresUnderLoad: number[] = [];
    void (async () => {
      while (loadRunning) {
        figuresUnderLoad.push(...(await timeFigures(figuresUrl, sessions[0]!, 1, 0)));
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    })();
    const { maxInFlight } = await runPacedWrites({ ...common, seconds, prefix: 'run' });
    const writeSeconds = (now() - startedAt) / 1000;
    loadRunning = false;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const serverCpu = processCpuSeconds(pid) - cpuServer;
    const embeddedCpu = treeCpuSeconds(pid) - cpuTree - serverCpu;
    const benchCpu = process.cpuUsage(cpuBench);
    const load = loadavg();
    for (const reader of readers) reader.close();

    for (const { record, receivedAt } of early) {
      if (record.answeredAt !== undefined)
        receipts.fromResponse.push(Math.max(0, receivedAt - record.answeredAt));
    }
    const measured = [...records.values()].filter((record) => record.key.startsWith('run-'));
    const committed = measured.filter((record) => record.status === 201);
    const lost = receipts.perClient.reduce(
      (sum, seen) => sum + committed.filter((record) => !seen.has(record.key)).length,
      0,
    );
    const delivered = receipts.perClient.reduce((sum, seen) => sum + seen.size, 0);
    console.log(
      JSON.stringify(
        {
          database: process.env.DATABASE_URL ? 'postgres' : 'embedded',
          seconds,
          clients: clientCount,
          writers: writerCount,
          offeredWritesPerSecond: rate,
          committedWritesPerSecond: +(committed.length / writeSeconds).toFixed(1),
          writeErrors: measured.length - committed.length,
          writeErrorStatuses: countBy(measured.filter((r) => r.status !== 201).map((r) => String(r.status))),
          maxWritesInFlight: maxInFlight,
          eventsDeliveredPerSecond: Math.round(delivered / writeSeconds),
          latencyFromDueMs: percentiles(receipts.fromDue),
          latencyFromCommitMs: percentiles(receipts.fromCommit),
          latencyAfterResponseMs: percentiles(receipts.fromResponse),
          writeResponseMs: percentiles(committed.map((record) => record.answeredAt! - record.dueAt)),
          eventsLost: lost,
          eventsDuplicated: receipts.duplicates,
          figuresIdleMs: percentiles(figuresIdle),
          figuresUnderLoadMs: percentiles(figuresUnderLoad),
          cpuSeconds: {
            server: +serverCpu.toFixed(2),
            ...(process.env.DATABASE_URL ? {} : { embeddedDatabase: +embeddedCpu.toFixed(2) }),
            serverMsPerWrite: +((serverCpu * 1000) / Math.max(1, committed.length)).toFixed(2),
            bench: +((benchCpu.user + benchCpu.system) / 1e6).toFixed(2),
          },
          loadAverage: load.map((value) => +value.toFixed(2)),
          machine: `${cpus().length} x ${cpus()[0]?.model ?? '?'}, Node ${process.version}`,
        },
        null,
        2,
      ),
    );
  } finally {
    // Profiling hook: a --require'd profiler in the server writes its profile on SIGUSR2.
    if (process.env.BENCH_PROFILE_SIGNAL) {
      server.child.kill('SIGUSR2');
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await stopChild(server.child, 'SIGTERM');
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
