import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runScan } from '../apps/cli/src/scan/run-scan.ts';
import { generateAds } from './corpus/ads.ts';
import { stageTimes } from './scan-stages.ts';

/**
 * Throughput of the `vigil scan` core (JSONL in -> analysis -> JSONL out) on one core, over a
 * synthetic multilingual corpus generated at run time (seeded, deterministic): by default 100,000
 * ads of ~480 characters in ten languages, half of the phone numbers obfuscated.
 *   npm run bench:scan [-- --count 100000] [--runs 3] [--stages 10000] [--cli]
 * (run by npm with --max-semi-space-size=64 --no-allocation-site-pretenuring, the V8 flags
 * `vigil scan` itself runs with: decisions 0017 and 0019)
 * The scan core is timed --runs times, each in a fresh process (cold, as `vigil scan` runs), and
 * the median, best and worst are printed: on a shared 2-vCPU machine one run of the same code
 * varied from 8,000 to 10,300 items per CPU second within minutes, so one run says little.
 * With --stages N it then times each stage alone on N fresh items (CPU µs per item).
 * Besides wall-clock items/s it prints items per CPU second: of the main thread (the scan runs on
 * one thread: this is the per-core figure, read from /proc on Linux) and of the whole process (V8's
 * GC and compiler threads too). Both hold when other processes share the cores; the load average
 * is printed with them.
 * With --cli it also writes the corpus to a temporary JSONL file and times the real command,
 * `node apps/cli/bin/vigil.mjs scan FILE > /dev/null` (startup, file reading, JSON parsing,
 * analysis, JSONL serialising and writing), with /usr/bin/time for its CPU time when present.
 */
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const COUNT = arg('--count', 100_000);
const STAGES = arg('--stages', 0);
const RUNS = arg('--runs', 3);
const CLI = process.argv.includes('--cli');
/** Set in the processes this bench starts for each run: they time the scan core only. */
const CHILD = process.argv.includes('--child');

/** CPU seconds of this process's main thread (user + system), or undefined off Linux. */
function mainThreadCpuSeconds(): number | undefined {
  const stat = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
  const text = readFileSync(stat, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const hz = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  return ticks / hz;
}

interface RunFigures {
  itemsPerSecond: number;
  /** Items per CPU second of the main thread (undefined off Linux). */
  itemsPerMainCpuSecond?: number;
  itemsPerProcessCpuSecond: number;
  load: number;
}

/** The corpus as JSONL chunks of 1,000 lines, generated once per process (seeded, deterministic). */
function corpus(): Buffer[] {
  const t = performance.now();
  const lines: Buffer[] = [];
  let chars = 0;
  let batch: string[] = [];
  for (const item of generateAds({ count: COUNT, seed: 42 })) {
    chars += item.text.length;
    batch.push(JSON.stringify(item));
    if (batch.length === 1000) {
      lines.push(Buffer.from(`${batch.join('\n')}\n`));
      batch = [];
    }
  }
  if (batch.length) lines.push(Buffer.from(`${batch.join('\n')}\n`));
  const bytes = lines.reduce((a, b) => a + b.length, 0);
  console.log(
    `corpus: ${COUNT} items, mean ${(chars / COUNT).toFixed(0)} chars, ${(bytes / 1e6).toFixed(1)} MB JSONL, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  return lines;
}

/** One timed scan of the corpus in this process: JSONL in -> analysis -> JSONL out. */
async function timeScanCore(lines: Buffer[]): Promise<RunFigures> {
  let outBytes = 0;
  const sink = new Writable({
    write(chunk, _enc, cb) {
      outBytes += chunk.length;
      cb();
    },
  });
  const rssBefore = process.memoryUsage().rss;
  const load = loadavg()[0]!;
  const main0 = mainThreadCpuSeconds();
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const summary = await runScan({
    input: Readable.from(lines),
    output: sink,
    log: (l) => console.error(l),
    inputFormat: 'jsonl',
    format: 'jsonl',
  });
  const seconds = (performance.now() - t) / 1000;
  const cpu1 = process.cpuUsage(cpu0);
  const main1 = mainThreadCpuSeconds();
  const cpuSeconds = (cpu1.user + cpu1.system) / 1e6;
  const mainSeconds = main0 !== undefined && main1 !== undefined ? main1 - main0 : undefined;
  console.log(
    `scan core (one thread): ${summary.items} items in ${seconds.toFixed(2)} s = ${(summary.items / seconds).toFixed(0)} items/s, ` +
      `${(outBytes / 1e6).toFixed(1)} MB out, ${summary.errors} errors, rss +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB`,
  );
  if (mainSeconds !== undefined)
    console.log(
      `main thread cpu: ${mainSeconds.toFixed(2)} s = ${(summary.items / mainSeconds).toFixed(0)} items per CPU second on one core`,
    );
  console.log(
    `process cpu (all threads): ${cpuSeconds.toFixed(2)} s = ${(summary.items / cpuSeconds).toFixed(0)} items per CPU second ` +
      `(load average at start ${load.toFixed(1)} on ${cpus().length} cpus)`,
  );
  return {
    itemsPerSecond: summary.items / seconds,
    itemsPerMainCpuSecond: mainSeconds ? summary.items / mainSeconds : undefined,
    itemsPerProcessCpuSecond: summary.items / cpuSeconds,
    load,
  };
}

/** Each run in a fresh process with this process's node flags; their figures, in order. */
function runsInFreshProcesses(): RunFigures[] {
  const figures: RunFigures[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, '--child', '--count', String(COUNT)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (run.status !== 0) throw new Error(`run ${i} failed with exit ${run.status}`);
    const out = run.stdout.split('\n');
    for (const l of out) if (l && !l.startsWith('FIGURES ')) console.log(`run ${i}: ${l}`);
    const json = out.find((l) => l.startsWith('FIGURES '));
    if (!json) throw new Error(`run ${i} printed no figures`);
    figures.push(JSON.parse(json.slice('FIGURES '.length)) as RunFigures);
  }
  return figures;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (name: string, xs: number[]) =>
  `${name}: median ${median(xs).toFixed(0)}, best ${Math.max(...xs).toFixed(0)}, worst ${Math.min(...xs).toFixed(0)}`;

if (CHILD) {
  const figures = await timeScanCore(corpus());
  console.log(`FIGURES ${JSON.stringify(figures)}`);
  process.exit(0);
}

const lines = CLI || RUNS <= 1 ? corpus() : [];
const runs = RUNS <= 1 ? [await timeScanCore(lines)] : runsInFreshProcesses();
if (runs.length > 1) {
  console.log(
    `over ${runs.length} runs, each a fresh process (load average at their starts: ${runs.map((r) => r.load.toFixed(1)).join(', ')}):`,
  );
  const main = runs.map((r) => r.itemsPerMainCpuSecond).filter((x): x is number => x !== undefined);
  if (main.length === runs.length)
    console.log(`  ${spread('items per CPU second on one core (main thread)', main)}`);
  console.log(
    `  ${spread(
      'items/s wall, scan core',
      runs.map((r) => r.itemsPerSecond),
    )}`,
  );
  console.log(
    `  ${spread(
      'items per CPU second, all threads',
      runs.map((r) => r.itemsPerProcessCpuSecond),
    )}`,
  );
}
console.log(
  `machine: ${cpus().length} cpus, ${cpus()[0]?.model ?? '?'}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}` +
    // `vigil scan` runs with these V8 flags (apps/cli/bin/vigil.mjs); npm run bench:scan too.
    `, node flags: ${process.execArgv.filter((a) => a.startsWith('--max-') || a.startsWith('--no-allocation')).join(' ') || 'none'}`,
);

if (CLI) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-scan-bench-'));
  try {
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, Buffer.concat(lines));
    const vigil = new URL('../apps/cli/bin/vigil.mjs', import.meta.url).pathname;
    const timed = existsSync('/usr/bin/time');
    const cmd = timed
      ? ['/usr/bin/time', '-f', 'TIME %e %U %S', process.execPath, vigil, 'scan', file]
      : [process.execPath, vigil, 'scan', file];
    const cliLoad = loadavg()[0]!;
    const t0 = performance.now();
    const run = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const wall = (performance.now() - t0) / 1000;
    const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
    const cpu = time ? Number(time[2]) + Number(time[3]) : undefined;
    console.log(
      `vigil scan FILE > /dev/null (whole command, ${(Buffer.concat(lines).length / 1e6).toFixed(1)} MB in): ` +
        `${wall.toFixed(2)} s = ${(COUNT / wall).toFixed(0)} items/s wall` +
        (cpu ? `, ${cpu.toFixed(2)} s cpu = ${(COUNT / cpu).toFixed(0)} items per CPU second` : '') +
        ` (load average at start ${cliLoad.toFixed(1)}); exit ${run.status}`,
    );
    for (const l of (run.stderr ?? '').split('\n')) if (l.startsWith('vigil scan:')) console.log(`  ${l}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (STAGES > 0) {
  // Fresh items (another seed): the scan above has filled the memos with the first corpus.
  const items = [...generateAds({ count: STAGES, seed: 4242 })];
  console.log(`stages, CPU µs per item over ${STAGES} items (first pass / second pass):`);
  for (const s of stageTimes(items)) {
    console.log(
      `  ${s.stage.padEnd(18)} ${s.cold.toFixed(1).padStart(7)} / ${s.warm.toFixed(1).padStart(7)}`,
    );
  }
}
