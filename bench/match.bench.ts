import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedRateOf, type FilterLayout, KeyedFilter, type ReferenceValue } from '@vigil/analysis';
import { type Database, openDatabase } from '@vigil/db';
import { lookupExact } from '../apps/server/src/repositories/reference-match.repository.ts';
import { importValues, retroHunt } from '../apps/server/src/services/crosscheck.service.ts';

/**
 * Cross-check figures (`npm run bench:match`). Sizes come from the environment so a laptop run
 * and a full run use the same code:
 *   BENCH_FILTER_N (10,000,000)  values in the in-memory keyed Bloom filter
 *   BENCH_FILTER_P (1e-4)        its target false-positive rate
 *   BENCH_FILTER_LAYOUT (blocked512) bit layout: blocked512 (format v2) or classic (format v1)
 *   BENCH_NONMEMBERS (2,000,000) non-members probed to measure the false-positive rate
 *   BENCH_EMBEDDED_N (1,000,000) values imported into the embedded database (0 skips it)
 *   BENCH_PG_N (10,000,000)      values imported into PostgreSQL when DATABASE_URL is set
 *   BENCH_RETRO_N (1,000,000)    stored selectors and set values for the PostgreSQL retro-hunt
 *   BENCH_RETRO_OVERLAP (0.1)    share of stored selectors that are in the new set (become hits)
 * Synthetic values only: e-mails and phone numbers made from counters.
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const FILTER_N = env('BENCH_FILTER_N', 10_000_000);
const FILTER_P = env('BENCH_FILTER_P', 1e-4);
const FILTER_LAYOUT = (process.env.BENCH_FILTER_LAYOUT ?? 'blocked512') as FilterLayout;
const NONMEMBERS = env('BENCH_NONMEMBERS', 2_000_000);
const EMBEDDED_N = env('BENCH_EMBEDDED_N', 1_000_000);
const PG_N = env('BENCH_PG_N', 10_000_000);
const RETRO_N = env('BENCH_RETRO_N', 1_000_000);
const RETRO_OVERLAP = env('BENCH_RETRO_OVERLAP', 0.1);
const key = new Uint8Array(32).map((_, i) => (i * 73 + 11) & 255);

const value = (i: number): { type: 'email' | 'phone'; value: string } =>
  i % 2 === 0
    ? { type: 'email', value: `user${i}@example.org` }
    : { type: 'phone', value: `+3161${String(i).padStart(7, '0')}` };
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const say = (line: string) => process.stdout.write(`${line}\n`);

function benchFilter(): void {
  say(
    `\n## In-memory keyed Bloom filter (n = ${FILTER_N.toLocaleString('en')}, target p = ${FILTER_P}, layout ${FILTER_LAYOUT})`,
  );
  let t = performance.now();
  const filter = KeyedFilter.create(key, FILTER_N, FILTER_P, FILTER_LAYOUT);
  for (let i = 0; i < FILTER_N; i++) {
    const v = value(i);
    filter.add(v.type, v.value);
  }
  const buildMs = performance.now() - t;
  const { m, k } = filter.bloom;
  say(
    `build: ${secs(buildMs)} (${rate(FILTER_N, buildMs)} values/s), m = ${m.toLocaleString('en')} bits (${(m / 8 / 2 ** 20).toFixed(1)} MiB), k = ${k}`,
  );
  const probe = (label: string, make: (i: number) => string, count: number) => {
    const values = Array.from({ length: count }, (_, i) => make(i));
    filter.hasMany('email', values.slice(0, 10_000)); // warm-up
    const cpu = process.cpuUsage();
    t = performance.now();
    const found = filter.hasMany('email', values);
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    let yes = 0;
    for (const f of found) yes += f;
    say(
      `lookups (${label}): ${rate(count, ms)} /s wall, ${rate(count, cpuMs)} per CPU-second; ${yes.toLocaleString('en')} of ${count.toLocaleString('en')} answered "maybe"`,
    );
    return yes;
  };
  const members = Math.min(1_000_000, Math.ceil(FILTER_N / 2));
  probe('members', (i) => `user${(i * 2) % FILTER_N}@example.org`, members);
  const fps = probe('non-members', (i) => `other${i}@example.net`, NONMEMBERS);
  const stated = expectedRateOf(filter.bloom, FILTER_N);
  const measured = fps / NONMEMBERS;
  say(
    `false-positive rate: measured ${measured.toExponential(3)} on ${NONMEMBERS.toLocaleString('en')} non-members, stated ${stated.toExponential(3)} (ratio ${(measured / stated).toFixed(2)})`,
  );
}

function* batches(n: number, offset = 0, size = 50_000): Generator<ReferenceValue[]> {
  for (let start = 0; start < n; start += size) {
    const batch: ReferenceValue[] = [];
    for (let i = start; i < Math.min(n, start + size); i++) {
      const v = value(i + offset);
      batch.push({ ...v, raw: v.value });
    }
    yield batch;
  }
}

async function benchDatabase(database: Database, n: number): Promise<void> {
  say(`\n## ${database.kind} database: import ${n.toLocaleString('en')} values, then exact lookups`);
  let t = performance.now();
  const { setId, values } = await importValues(
    database.pool,
    { name: `bench ${n}`, ownerCountry: 'NL', handling: 'owner', sourceFormat: 'bench' },
    batches(n),
  );
  const importMs = performance.now() - t;
  say(
    `import: ${values.toLocaleString('en')} values in ${secs(importMs)} (${rate(values, importMs)} values/s, one transaction)`,
  );
  const now = new Date();
  const queries = Array.from({ length: 100_000 }, (_, i) => value((i * 7919) % (2 * n))); // half are members
  await lookupExact(database.pool, queries.slice(0, 1000), now, null);
  t = performance.now();
  let found = 0;
  for (let i = 0; i < queries.length; i += 1000)
    found += (await lookupExact(database.pool, queries.slice(i, i + 1000), now, null)).length;
  const ms = performance.now() - t;
  say(
    `lookups: ${rate(queries.length, ms)} /s (batches of 1,000 selectors, ${found.toLocaleString('en')} of ${queries.length.toLocaleString('en')} found)`,
  );
  await database.pool.query('DELETE FROM reference_sets WHERE id = $1', [setId]);
}

async function benchRetroHunt(database: Database, n: number): Promise<void> {
  say(
    `\n## ${database.kind} retro-hunt: ${n.toLocaleString('en')} stored selectors against a new ${n.toLocaleString('en')}-value set`,
  );
  const { pool } = database;
  const op = (
    await pool.query(`INSERT INTO operations (name, synthetic) VALUES ('bench retro-hunt', 1) RETURNING id`)
  ).rows[0].id as string;
  const items = Math.ceil(n / 10);
  let t = performance.now();
  await pool.query(
    `INSERT INTO items (operation_id, text, content_hash, owner_country)
     SELECT $1, 'synthetic item ' || g, 'bench-' || g, 'NL' FROM generate_series(1, $2) g`,
    [op, items],
  );
  // Stored selector g is set value g when g < overlap·n (a hit), otherwise a value the set lacks.
  await pool.query(
    `INSERT INTO item_selectors (item_id, operation_id, type, value, raw, start, "end")
     SELECT i.id, $1, CASE WHEN g % 2 = 0 THEN 'email' ELSE 'phone' END,
            CASE WHEN g % 2 = 0 THEN 'user' || (g + CASE WHEN g < $3 THEN 0 ELSE $2 END) || '@example.org'
                 ELSE '+3161' || lpad((g + CASE WHEN g < $3 THEN 0 ELSE $2 END)::text, 7, '0') END,
            'raw', 0, 1
       FROM generate_series(0, $2 - 1) g
       JOIN (SELECT id, row_number() OVER () - 1 AS rn FROM items WHERE operation_id = $1) i ON i.rn = g / 10`,
    [op, n, Math.round(n * RETRO_OVERLAP)],
  );
  await pool.query('ANALYZE item_selectors');
  say(
    `setup: ${n.toLocaleString('en')} stored selectors in ${items.toLocaleString('en')} items in ${secs(performance.now() - t)}`,
  );
  t = performance.now();
  const { setId } = await importValues(
    pool,
    { name: 'bench retro set', ownerCountry: 'DE', handling: 'owner', sourceFormat: 'bench' },
    batches(n),
  );
  say(`set import: ${secs(performance.now() - t)}`);
  await pool.query('ANALYZE reference_values');
  t = performance.now();
  const result = await retroHunt(pool, setId, new Date());
  const ms = performance.now() - t;
  say(`retro-hunt: ${result.exact.toLocaleString('en')} exact hits in ${secs(ms)} (target < 30 s)`);
  await pool.query('DELETE FROM operations WHERE id = $1', [op]);
  await pool.query('DELETE FROM reference_sets WHERE id = $1', [setId]);
}

async function main(): Promise<void> {
  say(
    `# match benchmark, ${new Date().toISOString()} on ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, Node ${process.version}`,
  );
  say(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  if (FILTER_N > 0) benchFilter();
  if (EMBEDDED_N > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-match-'));
    const database = await openDatabase({ dataDir: dir });
    try {
      await benchDatabase(database, EMBEDDED_N);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (process.env.DATABASE_URL) {
    const database = await openDatabase({
      databaseUrl: process.env.DATABASE_URL,
      dataDir: tmpdir(),
      schemaName: 'vigil_bench_match',
    });
    try {
      if (PG_N > 0) await benchDatabase(database, PG_N);
      if (RETRO_N > 0) await benchRetroHunt(database, RETRO_N);
    } finally {
      await database.pool.query('DROP SCHEMA IF EXISTS vigil_bench_match CASCADE');
      await database.close();
    }
  } else say('\n(DATABASE_URL not set: PostgreSQL figures skipped)');
}

await main();
