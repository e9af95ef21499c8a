import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actorFromUser } from '../apps/server/src/auth/actor.ts';
import { findUser } from '../apps/server/src/repositories/user.repository.ts';
import { CollectedItemSink } from '../apps/server/src/services/collected-item-sink.ts';
import { addUser } from '../apps/server/src/services/user.service.ts';
import { runCrawlJob } from '../packages/collect/src/crawl/run-crawl-job.ts';
import { fixtureAdapters } from '../packages/collect/src/fixtures/fixture-adapters.ts';
import { openTestDatabase } from '../packages/db/src/testing.ts';

/**
 * What one `vigil worker` crawl job does per page, against the local fixture classifieds: database
 * request queue (leases), WARC evidence with SHA-256 into the content-addressed store, evidence rows
 * and custody chain in the database, and every item stored through `storeItem` (analysis,
 * selectors, `item.created` event, audit entry) then cross-checked. Embedded database unless
 * DATABASE_URL is set (then in a throw-away schema).
 *   npm run bench:crawl-worker [-- --ads 1000 --concurrency 8]
 */
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const ADS = arg('--ads', 1000);
const CONCURRENCY = arg('--concurrency', 8);

async function startServer(): Promise<{ origin: string; stop: () => void }> {
  const script = fileURLToPath(new URL('./crawl-fixture-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(ADS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
  );
  return { origin, stop: () => child.kill() };
}

const server = await startServer();
const database = await openTestDatabase();
const dataDir = await mkdtemp(join(tmpdir(), 'vigil-bench-worker-'));
try {
  const ctx = { database, eventsCommitted: () => undefined };
  const user = await addUser(ctx, null, {
    email: 'bench@example.test',
    name: 'Bench investigator',
    role: 'investigator',
    country: 'NL',
    password: 'synthetic-password-123',
  });
  const actor = actorFromUser((await findUser(database.db, user.id))!);
  const op = await database.pool.query<{ id: string }>(
    `INSERT INTO operations (name) VALUES ('Bench') RETURNING id`,
  );
  const operationId = op.rows[0]!.id;
  const adapter = {
    ...fixtureAdapters(server.origin).classifieds!,
    rate: { minDelayMs: 0, concurrency: CONCURRENCY },
    limits: { maxPages: 1_000_000 },
  };
  const sink = new CollectedItemSink(ctx, { actor, operationId, ownerCountry: 'NL' });
  const t = performance.now();
  const cpu = process.cpuUsage();
  const summary = await runCrawlJob(
    { crawlId: 'bench-worker', adapter, operationId, ownerCountry: 'NL', capturedBy: actor.id },
    { pool: database.pool, dataDir, sink },
  );
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const events = await database.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM events WHERE operation_id = $1 AND type = 'item.created'`,
    [operationId],
  );
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(
    `machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, ${database.kind} database, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  out(
    `worker crawl job: ${summary.pages} pages, ${summary.items} items (${summary.newItems} new, ${events.rows[0]!.n} item.created events) in ${seconds.toFixed(2)} s = ${(summary.pages / seconds).toFixed(1)} pages/s (concurrency ${CONCURRENCY}); worker process CPU ${(cpuMs / summary.pages).toFixed(2)} ms/page = ${Math.round((summary.pages * 1000) / cpuMs)} pages per CPU-second${database.kind === 'embedded' ? ' (the embedded database runs in a child process whose CPU is not counted here)' : ' (PostgreSQL server CPU not counted)'}; failures ${JSON.stringify(summary.failures)}; skipped items ${sink.skipped.length}`,
  );
} finally {
  server.stop();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
