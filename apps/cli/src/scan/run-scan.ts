import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { analysisText, BatchAnalyzer, type ItemAnalysis } from '@vigil/analysis';
import { CSV_HEADER, toCsvRow } from './format-output.ts';
import { HtmlReport } from './html-report.ts';
import { addJsonl } from './jsonl-item.ts';
import { readRecordBatches } from './read-records.ts';
import { Utf8Block } from './utf8-block.ts';

export interface ScanOptions {
  input: Readable;
  output: Writable;
  /** Where problems and the summary go. */
  log: (line: string) => void;
  inputFormat: 'jsonl' | 'csv';
  format: 'jsonl' | 'csv' | 'html';
  defaultCountry?: string;
  strict?: boolean;
  maxRecordBytes?: number;
  encoding?: 'utf-8' | 'latin1';
  /** Items shown in the HTML report. */
  htmlTop?: number;
  /** Items held back so that shared-phone counts include later items (see BatchAnalyzer). */
  window?: number;
  source?: string;
}

export interface ScanSummary {
  items: number;
  errors: number;
  seconds: number;
  itemsPerSecond: number;
}

export class StrictModeError extends Error {}

/** Output is written in blocks of about this many bytes. */
const BLOCK = 65_536;

/**
 * The streaming core of `vigil scan`: read records, analyse, write, with backpressure (a write
 * that fills the output buffer waits for 'drain'), so memory stays flat on any input size.
 */
export async function runScan(o: ScanOptions): Promise<ScanSummary> {
  const started = performance.now();
  const batch = new BatchAnalyzer({ defaultCountry: o.defaultCountry, window: o.window });
  const report = o.format === 'html' ? new HtmlReport(o.htmlTop) : undefined;
  // The HTML report needs the text to highlight; kept only while an item waits in the window.
  const texts = new Map<string, string[]>();
  let items = 0;
  let errors = 0;

  // Output lines are encoded straight into a ~64 KB UTF-8 block: one stream write per block
  // instead of per item, no promise per item, and no long concatenated string to flatten and
  // encode again. The block is copied out when written, so its memory is reused.
  const block = new Utf8Block(BLOCK);
  const flush = async () => {
    if (block.empty) return;
    if (!o.output.write(block.take())) await once(o.output, 'drain');
  };
  const write = async (chunk: string) => {
    block.add(chunk);
    if (block.full) await flush();
  };
  const emitOne = (a: ItemAnalysis): void => {
    items++;
    if (report) {
      const queue = texts.get(a.id);
      const text = queue?.shift() ?? '';
      if (queue && queue.length === 0) texts.delete(a.id);
      report.add(a, text);
    } else if (o.format === 'csv') block.add(toCsvRow(a));
    else addJsonl(block, a);
  };
  const emit = (done: ItemAnalysis[]): void => {
    for (const a of done) emitOne(a);
  };

  if (o.format === 'csv') await write(CSV_HEADER);
  const batches = readRecordBatches(o.input, {
    format: o.inputFormat,
    maxRecordBytes: o.maxRecordBytes ?? 1_048_576,
    encoding: o.encoding ?? 'utf-8',
  });
  for await (const records of batches) {
    for (const rec of records) {
      if ('error' in rec) {
        errors++;
        o.log(`line ${rec.line}: ${rec.error}`);
        if (o.strict) {
          // Items before the bad record are still written: those held back for shared-phone
          // counts are scored with what was read so far.
          emit(batch.flush());
          await flush();
          throw new StrictModeError(`line ${rec.line}: ${rec.error} (--strict)`);
        }
        continue;
      }
      if (report) {
        const q = texts.get(rec.item.id);
        if (q) q.push(analysisText(rec.item));
        else texts.set(rec.item.id, [analysisText(rec.item)]);
      }
      // add/next rather than push: no array per item.
      batch.add(rec.item);
      for (let a = batch.next(); a !== undefined; a = batch.next()) emitOne(a);
      if (block.full) await flush();
    }
  }
  emit(batch.flush());
  await flush();
  const seconds = (performance.now() - started) / 1000;
  if (report) {
    await write(report.render({ generatedAt: new Date().toISOString(), source: o.source ?? '-', errors }));
    await flush();
  }
  return { items, errors, seconds, itemsPerSecond: items / Math.max(seconds, 1e-9) };
}
