import { createReadStream, createWriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { InvalidArgumentError } from 'commander';
import type { RegisterCommand } from './index.ts';

interface ClusterCommandOptions {
  threshold: number;
  minSize: number;
  format: 'jsonl' | 'html';
  output?: string;
  imageDistance: number;
  hubMin: number;
  translationSimilarity: number;
  stats?: boolean;
}

function numberIn(min: number, max: number, integer: boolean) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n)))
      throw new InvalidArgumentError(`expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
    return n;
  };
}

function format(value: string): 'jsonl' | 'html' {
  if (value !== 'jsonl' && value !== 'html') throw new InvalidArgumentError('expected jsonl or html');
  return value;
}

/** Write with back-pressure, so a million groups do not pile up in memory. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise((done) => out.once('drain', done));
}

/**
 * `vigil cluster FILE|-`: near-duplicate templates, lures across languages and networks from
 * items or `vigil scan` output.
 */
export const registerCluster: RegisterCommand = (program) => {
  program
    .command('cluster')
    .description(
      'group items into templates (near-duplicate lures), lures across languages and networks (shared selectors, images)',
    )
    .argument('[file]', 'JSON lines: items or `vigil scan` output ("-" for standard input)', '-')
    .option(
      '--threshold <jaccard>',
      'word-shingle similarity for near-duplicates',
      numberIn(0.05, 1, false),
      0.5,
    )
    .option('--min-size <n>', 'smallest group to report', numberIn(2, 1e9, true), 2)
    .option('--format <format>', 'jsonl or html', format, 'jsonl')
    .option('-o, --output <file>', 'write here instead of standard output')
    .option(
      '--image-distance <bits>',
      'largest Hamming distance between near-identical image hashes',
      numberIn(0, 15, true),
      4,
    )
    .option(
      '--hub-min <n>',
      'items a selector needs before it may count as a hub',
      numberIn(2, 1e9, true),
      20,
    )
    .option(
      '--translation-similarity <dice>',
      'how closely slots, emoji, numbers and names of two template groups in different languages must agree to be one lure (above 1: off)',
      numberIn(0, 2, false),
      0.8,
    )
    .option('--stats', 'print timings and peak memory to standard error')
    .action(async (file: string, options: ClusterCommandOptions) => {
      const { readLines } = await import('../cluster/read-lines.ts');
      const { renderClusterHtml } = await import('../cluster/render-html.ts');
      const { runCluster } = await import('../cluster/run-cluster.ts');
      const started = performance.now();
      const fromStdin = file === '-';
      const input = fromStdin ? process.stdin : createReadStream(file);
      const result = await runCluster(readLines(input), {
        threshold: options.threshold,
        minSize: options.minSize,
        imageDistance: options.imageDistance,
        hubMinItems: options.hubMin,
        translationSimilarity: options.translationSimilarity,
        clock: () => performance.now(),
        baseDir: fromStdin ? process.cwd() : dirname(resolve(file)),
        warn: (message) => process.stderr.write(`vigil cluster: ${message}\n`),
      });
      const out: Writable = options.output ? createWriteStream(options.output) : process.stdout;
      if (options.format === 'html')
        await write(out, renderClusterHtml(result.groups, result.hubs, result.notes));
      else for (const group of result.groups) await write(out, `${JSON.stringify(group)}\n`);
      if (options.output)
        await new Promise<void>((done, fail) =>
          out.end((error?: Error | null) => (error ? fail(error) : done())),
        );
      for (const note of result.notes) process.stderr.write(`vigil cluster: ${note}\n`);
      if (result.hubs.length > 0)
        process.stderr.write(
          `vigil cluster: ${result.hubs.length} hub selector(s) not used for linking: ${result.hubs
            .slice(0, 5)
            .map((h) => `${h.type} ${h.value} (${h.items} items)`)
            .join(', ')}${result.hubs.length > 5 ? ', …' : ''}\n`,
        );
      if (options.stats) {
        const stats = {
          ...result.stats,
          totalMs: Math.round(performance.now() - started),
          maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
        };
        process.stderr.write(`vigil cluster stats: ${JSON.stringify(stats)}\n`);
      }
    });
};
