import { cpus, loadavg } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { runScan } from '../apps/cli/src/scan/run-scan.ts';
import { generateAds } from './corpus/ads.ts';
import { stageTimes } from './scan-stages.ts';

/**
 * Throughput of the `vigil scan` core (JSONL in -> analysis -> JSONL out) on one core, over a
 * synthetic multilingual corpus generated at run time (seeded, deterministic): by default 100,000
 * ads of ~480 characters in ten languages, half of the phone numbers obfuscated.
 *   npm run bench:scan [-- --count 100000] [--stages 10000]
 * With --stages N it then times each stage alone on N fresh items (CPU µs per item).
 * Besides wall-clock items/s it prints items per CPU second of this process (the scan is one
 * thread; the figure holds when other processes share the cores) and the load average.
 */
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const COUNT = arg('--count', 100_000);
const STAGES = arg('--stages', 0);

let t = performance.now();
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

let outBytes = 0;
const sink = new Writable({
  write(chunk, _enc, cb) {
    outBytes += chunk.length;
    cb();
  },
});
const rssBefore = process.memoryUsage().rss;
const load = loadavg()[0]!;
const cpu0 = process.cpuUsage();
t = performance.now();
const summary = await runScan({
  input: Readable.from(lines),
  output: sink,
  log: (l) => console.error(l),
  inputFormat: 'jsonl',
  format: 'jsonl',
});
const seconds = (performance.now() - t) / 1000;
const cpu1 = process.cpuUsage(cpu0);
const cpuSeconds = (cpu1.user + cpu1.system) / 1e6;
console.log(
  `scan core (one thread): ${summary.items} items in ${seconds.toFixed(2)} s = ${(summary.items / seconds).toFixed(0)} items/s, ` +
    `${(outBytes / 1e6).toFixed(1)} MB out, ${summary.errors} errors, rss +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB`,
);
console.log(
  `cpu time: ${cpuSeconds.toFixed(2)} s = ${(summary.items / cpuSeconds).toFixed(0)} items per CPU second ` +
    `(load average at start ${load.toFixed(1)} on ${cpus().length} cpus)`,
);
console.log(
  `machine: ${cpus().length} cpus, ${cpus()[0]?.model ?? '?'}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);

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
