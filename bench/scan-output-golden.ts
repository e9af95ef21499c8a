import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { runScan } from '../apps/cli/src/scan/run-scan.ts';
import { generateAds } from './corpus/ads.ts';

/**
 * Golden output of the whole `vigil scan` core: the JSONL (and CSV) that runScan writes for the
 * scan corpus (seed 42), to prove that a speed-up of the glue (analyze, batch, serialising)
 * changes no byte of the output.
 *   npx tsx bench/scan-output-golden.ts --write /tmp/scan-output.jsonl [--count 20000]
 *   npx tsx bench/scan-output-golden.ts --check /tmp/scan-output.jsonl  (exit 1 on a difference)
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(arg('--count') ?? 20_000);

async function scanTo(format: 'jsonl' | 'csv'): Promise<string> {
  const input = [...generateAds({ count: COUNT, seed: 42 })].map((i) => `${JSON.stringify(i)}\n`);
  const parts: string[] = [];
  const output = new Writable({
    write(chunk, _enc, cb) {
      parts.push(chunk.toString());
      cb();
    },
  });
  await runScan({ input: Readable.from(input), output, log: () => {}, inputFormat: 'jsonl', format });
  return parts.join('');
}

const out = `${await scanTo('jsonl')}${await scanTo('csv')}`;
const write = arg('--write');
const check = arg('--check');
if (write) {
  writeFileSync(write, out);
  console.log(
    `written ${write}: ${out.length} chars, sha256 ${createHash('sha256').update(out).digest('hex')}`,
  );
} else if (check) {
  const want = readFileSync(check, 'utf8');
  if (want === out) console.log(`identical: ${out.length} chars`);
  else {
    const a = want.split('\n');
    const b = out.split('\n');
    const i = a.findIndex((l, k) => l !== b[k]);
    console.log(`DIFFERENT at line ${i + 1}:\n- ${a[i]}\n+ ${b[i]}`);
    process.exit(1);
  }
} else {
  console.log('use --write FILE or --check FILE');
  process.exit(2);
}
