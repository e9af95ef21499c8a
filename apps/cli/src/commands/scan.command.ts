import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { RegisterCommand } from './index.ts';

interface ScanFlags {
  format: string;
  inputFormat?: string;
  defaultCountry?: string;
  strict?: boolean;
  encoding: string;
  maxRecordBytes: string;
  htmlTop: string;
  window: string;
}

/** `vigil scan FILE|-`: analyse items from JSONL or CSV, offline, no database. */
export const registerScan: RegisterCommand = (program) => {
  program
    .command('scan')
    .description(
      'analyse ads/posts from a JSONL or CSV file (or - for stdin): selectors, indicators, risk score',
    )
    .argument('<file>', 'input file, or - for standard input')
    .option('--format <format>', 'output: jsonl | csv | html', 'jsonl')
    .option('--input-format <format>', 'input: jsonl | csv (default: by file extension, else jsonl)')
    .option('--default-country <cc>', 'ISO country for phone numbers without a country code')
    .option('--strict', 'stop with a non-zero exit at the first bad record')
    .option('--encoding <enc>', 'input encoding: utf-8 | latin1', 'utf-8')
    .option('--max-record-bytes <n>', 'skip records longer than this', '1048576')
    .option('--html-top <n>', 'items shown in the HTML report', '500')
    .option('--window <n>', 'items held back to count phones shared with later items', '1000')
    .action(async (file: string, flags: ScanFlags) => {
      const format = flags.format;
      if (!['jsonl', 'csv', 'html'].includes(format)) throw new Error(`unknown --format ${format}`);
      const inputFormat = flags.inputFormat ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
      if (inputFormat !== 'jsonl' && inputFormat !== 'csv')
        throw new Error(`unknown --input-format ${inputFormat}`);
      const encoding = flags.encoding.toLowerCase().replace('utf8', 'utf-8');
      if (encoding !== 'utf-8' && encoding !== 'latin1')
        throw new Error(`unknown --encoding ${flags.encoding}`);
      const cc = flags.defaultCountry?.toUpperCase();
      if (cc !== undefined && !/^[A-Z]{2}$/.test(cc))
        throw new Error('--default-country takes a two-letter ISO code');
      const { runScan, StrictModeError } = await import('../scan/run-scan.ts');
      const input = file === '-' ? process.stdin : createReadStream(file);
      const log = (line: string) => process.stderr.write(`vigil scan: ${line}\n`);
      try {
        const s = await runScan({
          input,
          output: process.stdout,
          log,
          format: format as 'jsonl',
          inputFormat,
          encoding,
          defaultCountry: cc,
          strict: flags.strict === true,
          maxRecordBytes: positive(flags.maxRecordBytes, '--max-record-bytes'),
          htmlTop: positive(flags.htmlTop, '--html-top'),
          window: positive(flags.window, '--window', true),
          source: file,
        });
        log(
          `${s.items} items, ${s.errors} bad records skipped, ${s.seconds.toFixed(2)} s, ${s.itemsPerSecond.toFixed(0)} items/s`,
        );
      } catch (e) {
        if (e instanceof StrictModeError) {
          log(e.message);
          process.exitCode = 2;
          return;
        }
        throw e;
      }
    });
};

function positive(v: string, name: string, zeroOk = false): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1)) throw new Error(`${name} takes a positive integer`);
  return n;
}
