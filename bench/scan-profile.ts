import { Session } from 'node:inspector/promises';
import { Readable, Writable } from 'node:stream';
import { runScan } from '../apps/cli/src/scan/run-scan.ts';
import { generateAds } from './corpus/ads.ts';

/**
 * Where the whole scan pipeline spends its time, as opposed to each stage timed alone
 * (bench/scan.bench.ts --stages): runs runScan on a warm-up corpus, then samples the CPU over
 * the real one and prints self time per item by source file and by function (GC included).
 *   npx tsx bench/scan-profile.ts [--count 20000] [--window 1000] [--top 40]
 * --window 0 shows what holding items back for shared-phone counts costs (the output changes).
 */
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const COUNT = arg('--count', 20_000);
const WINDOW = arg('--window', 1000);
const TOP = arg('--top', 40);

const lines = (count: number, seed: number) =>
  [...generateAds({ count, seed })].map((item) => `${JSON.stringify(item)}\n`);
const scan = (input: string[]) =>
  runScan({
    input: Readable.from(input),
    output: new Writable({ write: (_chunk, _enc, cb) => cb() }),
    log: () => {},
    inputFormat: 'jsonl',
    format: 'jsonl',
    window: WINDOW,
  });

await scan(lines(3000, 7)); // warm-up: compiled code and memos as in a long scan
const input = lines(COUNT, 42);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
await scan(input);
const cpu = process.cpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const selfUs = new Map<number, number>();
profile.samples?.forEach((id, i) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
});
const byFile = new Map<string, number>();
const byFunction = new Map<string, number>();
const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);
for (const node of profile.nodes) {
  const us = selfUs.get(node.id);
  if (!us) continue;
  const { url, functionName } = node.callFrame;
  const file =
    url.replace(/^file:\/\//, '').replace(/.*?\/(packages|apps|bench|node_modules)\//, '$1/') || '(native)';
  add(byFile, file, us);
  add(byFunction, `${functionName || '(anonymous)'}  ${file}`, us);
}
const show = (title: string, m: Map<string, number>) => {
  console.log(title);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${(us / COUNT).toFixed(1).padStart(7)} µs/item  ${k}`);
  }
};
console.log(
  `${COUNT} items, window ${WINDOW}: process CPU ${((cpu.user + cpu.system) / COUNT).toFixed(1)} µs/item while profiled (sampling adds some)`,
);
show('self time by file:', byFile);
show('self time by function:', byFunction);
