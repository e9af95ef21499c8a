/**
 * `npm run bench:cluster [-- --sizes 10000,100000,1000000 --seed 42 --threshold 0.5]`
 *
 * For each size: writes a seeded synthetic corpus (bench/corpus/cluster-corpus.ts) to a temp
 * file, runs `vigil cluster` on it in a child process under /usr/bin/time -v (wall time, peak
 * RSS), and scores the groups against the ground truth: pairwise precision, recall and F1 of
 * template groups (truth: operator x lure x language), of networks (truth: operator) and of
 * cross-language lure groups (truth: operator x lure, whatever the language), the latter also
 * over pairs of items in different languages only, which is what the translation linking adds.
 */
import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateClusterCorpus } from './corpus/cluster-corpus.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const sizes = arg('sizes', '10000,100000').split(',').map(Number);
const seed = Number(arg('seed', '42'));
const threshold = arg('threshold', '0.5');

/** Truth labels as small integers per item index; -1 = no group. */
function writeCorpus(path: string, size: number) {
  const template = new Int32Array(size).fill(-1);
  const network = new Int32Array(size).fill(-1);
  const lure = new Int32Array(size).fill(-1);
  const lang = new Int32Array(size);
  const ids = new Map<string, number>();
  const intern = (key: string | null) => {
    if (key === null) return -1;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const fd = openSync(path, 'w');
  let chunk: string[] = [];
  let n = 0;
  for (const record of generateClusterCorpus({ size, seed })) {
    template[n] = intern(record.template);
    network[n] = intern(record.network);
    lure[n] = intern(record.lure);
    lang[n] = intern(`lang:${record.line.lang}`);
    chunk.push(JSON.stringify(record.line));
    n++;
    if (chunk.length === 5000) {
      writeSync(fd, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) writeSync(fd, `${chunk.join('\n')}\n`);
  closeSync(fd);
  return { template, network, lure, lang };
}

const c2 = (k: number) => (k * (k - 1)) / 2;

/**
 * Pairs inside each group of `keys` (a group of items is keyed by its labels); with `lang`, only
 * pairs of items in different languages count.
 */
function pairsPerGroup(keyOf: (i: number) => string | null, n: number, lang?: Int32Array): number {
  const groups = new Map<string, Map<number, number>>();
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    if (key === null) continue;
    let byLang = groups.get(key);
    if (!byLang) {
      byLang = new Map();
      groups.set(key, byLang);
    }
    const l = lang ? (lang[i] as number) : 0;
    byLang.set(l, (byLang.get(l) ?? 0) + 1);
  }
  let pairs = 0;
  for (const byLang of groups.values()) {
    let total = 0;
    let same = 0;
    for (const v of byLang.values()) {
      total += v;
      same += c2(v);
    }
    pairs += lang ? c2(total) - same : c2(total);
  }
  return pairs;
}

/**
 * Pairwise precision/recall/F1 of a predicted partition against the truth (-1 = singleton);
 * with `lang`, over pairs of items in different languages only.
 */
function pairwise(predicted: Int32Array, truth: Int32Array, lang?: Int32Array) {
  const n = predicted.length;
  const label = (a: Int32Array) => (i: number) => ((a[i] as number) >= 0 ? String(a[i]) : null);
  const tp = pairsPerGroup(
    (i) =>
      (predicted[i] as number) >= 0 && (truth[i] as number) >= 0 ? `${predicted[i]},${truth[i]}` : null,
    n,
    lang,
  );
  const predPairs = pairsPerGroup(label(predicted), n, lang);
  const truePairs = pairsPerGroup(label(truth), n, lang);
  const precision = predPairs ? tp / predPairs : 1;
  const recall = truePairs ? tp / truePairs : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

interface Group {
  id: string;
  kind: string;
  members: string[];
}

function partitions(outPath: string, size: number) {
  const template = new Int32Array(size).fill(-1);
  const network = new Int32Array(size).fill(-1);
  const lure = new Int32Array(size).fill(-1);
  const index = (id: string) => Number(id.slice(1));
  let templates = 0;
  let networks = 0;
  let lures = 0;
  const lines = readFileSync(outPath, 'utf8').split('\n');
  let g = 0;
  for (const line of lines) {
    if (!line) continue;
    const group = JSON.parse(line) as Group;
    g++;
    if (group.kind === 'template') {
      templates++;
      for (const m of group.members) template[index(m)] = g;
    } else if (group.kind === 'lure') {
      lures++;
      for (const m of group.members) lure[index(m)] = g;
    } else {
      networks++;
      for (const m of group.members) network[index(m)] = g;
    }
  }
  // An item's network is its network group, else its template group (a template is a network of one lure).
  // Likewise a template group is a lure in one language.
  for (let i = 0; i < size; i++) {
    if ((network[i] as number) < 0) network[i] = template[i] as number;
    if ((lure[i] as number) < 0) lure[i] = template[i] as number;
  }
  return { template, network, lure, templates, networks, lures };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-cluster-'));
const rows: string[] = [];
try {
  console.log(
    `cluster benchmark · ${new Date().toISOString()} · ${cpus().length} cores · ${cpus()[0]?.model ?? '?'} · Node ${process.version}`,
  );
  console.log(`seed ${seed}, threshold ${threshold}\n`);
  for (const size of sizes) {
    const input = join(dir, `corpus-${size}.jsonl`);
    const output = join(dir, `groups-${size}.jsonl`);
    let t = performance.now();
    const truth = writeCorpus(input, size);
    const genSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const { stderr } = await run(
      '/usr/bin/time',
      [
        '-v',
        process.execPath,
        join(ROOT, 'apps/cli/bin/vigil.mjs'),
        'cluster',
        input,
        '-o',
        output,
        '--stats',
        '--threshold',
        threshold,
      ],
      { cwd: ROOT, maxBuffer: 1 << 26 },
    );
    const wall = (performance.now() - t) / 1000;
    const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
    const cpu =
      Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0) +
      Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? 0);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const stats = JSON.parse(/vigil cluster stats: (.*)/.exec(stderr)?.[1] ?? '{}');
    const predicted = partitions(output, size);
    const tq = pairwise(predicted.template, truth.template);
    const nq = pairwise(predicted.network, truth.network);
    const lq = pairwise(predicted.lure, truth.lure);
    const xq = pairwise(predicted.lure, truth.lure, truth.lang);
    const row = {
      items: size,
      wallSeconds: wall.toFixed(1),
      cpuSeconds: cpu.toFixed(1),
      load,
      usPerItem: ((wall * 1e6) / size).toFixed(1),
      peakMB: Math.round(peakKb / 1024),
      templates: predicted.templates,
      networks: predicted.networks,
      templateP: pct(tq.precision),
      templateR: pct(tq.recall),
      templateF1: tq.f1.toFixed(3),
      networkP: pct(nq.precision),
      networkR: pct(nq.recall),
      networkF1: nq.f1.toFixed(3),
      lures: predicted.lures,
      lureF1: lq.f1.toFixed(3),
      crossLanguageP: pct(xq.precision),
      crossLanguageR: pct(xq.recall),
      crossLanguageF1: xq.f1.toFixed(3),
      cpuUsPerItem: ((cpu * 1e6) / size).toFixed(1),
    };
    console.log(`${size} items: corpus written in ${genSeconds.toFixed(1)} s`);
    console.log(
      `  phases (ms): ${JSON.stringify(stats.milliseconds)}; hubs found: ${(stderr.match(/hub selector/g) ?? []).length ? /(\d+) hub selector/.exec(stderr)?.[1] : 0}`,
    );
    console.log(`  ${JSON.stringify(row)}`);
    rows.push(
      `| ${size.toLocaleString('en')} | ${row.wallSeconds} | ${row.cpuSeconds} | ${row.load} | ${row.usPerItem} | ${row.peakMB} | ${row.templates} | ${row.templateP} | ${row.templateR} | ${row.templateF1} | ${row.networks} | ${row.networkP} | ${row.networkR} | ${row.networkF1} | ${row.lures} | ${row.lureF1} | ${row.crossLanguageP} | ${row.crossLanguageR} | ${row.crossLanguageF1} |`,
    );
  }
  console.log(
    '\n| items | wall s | CPU s (user+sys) | load avg | wall µs/item | peak RSS MB | template groups | template P | template R | template F1 | networks | network P | network R | network F1 | lure groups | lure F1 | cross-language P | cross-language R | cross-language F1 |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
