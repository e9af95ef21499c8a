import { isAbsolute, resolve } from 'node:path';
import { Clusterer, type ClusterOptions, type ClusterResult } from '@vigil/analysis';
import { hashImageFiles } from '@vigil/collect';
import { createEnricher } from './analyzer.ts';
import { type InputItem, toInputItem } from './input-item.ts';

export interface RunClusterOptions extends ClusterOptions {
  /** Directory that relative image paths are resolved against. */
  baseDir: string;
  /** Called with each problem found in the input (bad JSON, unreadable image). */
  warn: (message: string) => void;
}

export interface RunClusterResult extends ClusterResult {
  /** Notes for the person running the command (interim paths, skipped lines). */
  notes: string[];
}

/**
 * `vigil cluster` without the terminal: read JSON lines (or one JSON array), hash the image
 * files, fill in selectors for plain items, and run the linking engine.
 */
export async function runCluster(
  lines: AsyncIterable<string>,
  options: RunClusterOptions,
): Promise<RunClusterResult> {
  const clusterer = new Clusterer(options);
  const enricher = createEnricher();
  const withImages: InputItem[] = [];
  let plain = 0;
  let badLines = 0;
  const take = (raw: unknown, where: string) => {
    const input = toInputItem(raw);
    if (!input) {
      badLines++;
      options.warn(`${where}: not a JSON object, skipped`);
      return;
    }
    if (!input.analysed) {
      plain++;
      enricher.enrich(input.item, input.url);
    }
    if (input.imagePaths.length > 0) withImages.push(input);
    else clusterer.add(input.item);
  };
  let lineNo = 0;
  let arrayText: string[] | null = null;
  for await (const line of lines) {
    lineNo++;
    if (arrayText) {
      arrayText.push(line);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (lineNo === 1 && trimmed.startsWith('[')) {
      arrayText = [line];
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch {
      badLines++;
      options.warn(`line ${lineNo}: invalid JSON, skipped`);
      continue;
    }
    take(raw, `line ${lineNo}`);
  }
  if (arrayText) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(arrayText.join('\n'));
    } catch {
      throw new Error('input starts with "[" but is not a valid JSON array');
    }
    const elements: unknown[] = Array.isArray(parsed) ? parsed : [];
    for (const [i, raw] of elements.entries()) take(raw, `element ${i}`);
  }
  await addImageItems(clusterer, withImages, options);
  const result = clusterer.finish();
  const notes: string[] = [];
  if (plain > 0) notes.push(`${plain} plain item(s) analysed for selectors and score.`);
  if (badLines > 0) notes.push(`${badLines} input line(s) skipped as invalid.`);
  if (result.stats.duplicateIds > 0)
    notes.push(`${result.stats.duplicateIds} item(s) without an id or repeating an earlier id were skipped.`);
  return { ...result, notes };
}

async function addImageItems(
  clusterer: Clusterer,
  inputs: InputItem[],
  options: RunClusterOptions,
): Promise<void> {
  const pathOf = (p: string) => (isAbsolute(p) ? p : resolve(options.baseDir, p));
  const hashes = await hashImageFiles(inputs.flatMap((input) => input.imagePaths.map(pathOf)));
  for (const input of inputs) {
    const found: string[] = [];
    for (const p of input.imagePaths) {
      const outcome = hashes.get(pathOf(p));
      if (outcome?.hash) found.push(outcome.hash);
      else
        options.warn(`item ${input.item.id}: image ${p} not hashed (${outcome?.error ?? 'unknown error'})`);
    }
    clusterer.add({ ...input.item, imageHashes: [...(input.item.imageHashes ?? []), ...found] });
  }
}
