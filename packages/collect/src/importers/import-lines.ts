import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import type { ImportedItem } from './import-types.ts';
import { itemFromRecord } from './record-fields.ts';

export type Skip = (at: string, reason: string) => void;
const maxLine = 4 * 1024 * 1024;

/** JSON Lines: one object per line; bad lines are skipped with their line number, never fatal. */
export async function* readJsonl(path: string, source: string, skip: Skip): AsyncGenerator<ImportedItem> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    if (line.length > maxLine) {
      skip(`line ${n}`, 'line too long');
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skip(`line ${n}`, 'invalid JSON');
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      skip(`line ${n}`, 'not a JSON object');
      continue;
    }
    const item = itemFromRecord(value as Record<string, unknown>, `${source}#line-${n}`);
    if (item) yield { item, payload: line };
    else skip(`line ${n}`, 'no text or title');
  }
}

/** CSV with a header row; column names are matched to item fields by common aliases. */
export async function* readCsv(path: string, source: string, skip: Skip): AsyncGenerator<ImportedItem> {
  const parser = createReadStream(path).pipe(
    parse({
      columns: (h: string[]) => h.map((c) => c.trim()),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxLine,
    }),
  );
  let n = 1;
  try {
    for await (const row of parser as AsyncIterable<Record<string, string>>) {
      n++;
      const item = itemFromRecord(row, `${source}#row-${n}`);
      if (item) yield { item, payload: JSON.stringify(row) };
      else skip(`row ${n}`, 'no text or title');
    }
  } catch (error) {
    skip(`row ${n + 1}`, `CSV parse stopped: ${(error as Error).message}`);
  }
}
