import { parse } from 'csv-parse/sync';
import type { ReferenceCollector } from './reference-collector.ts';
import { referenceType } from './reference-value.ts';

const COLUMNS = ['type', 'value', 'label', 'country'] as const;

/**
 * CSV set file: `type,value[,label,country]` per row. A first row naming the columns is used as
 * the header (columns may then come in any order); otherwise the fixed order applies.
 */
export function parseCsvSet(text: string, into: ReferenceCollector): void {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    into.issue({ line: e.lines ?? 0, message: `not valid CSV: ${e.message}` });
    return;
  }
  let order: Record<(typeof COLUMNS)[number], number> = { type: 0, value: 1, label: 2, country: 3 };
  const first = rows[0]?.record.map((c) => c.toLowerCase());
  if (first?.includes('type') && first.includes('value')) {
    order = Object.fromEntries(COLUMNS.map((c) => [c, first.indexOf(c)])) as typeof order;
    rows = rows.slice(1);
  }
  for (const { record, info } of rows) {
    const line = info.lines;
    if (record.every((c) => c === '') || record[0]?.startsWith('#')) continue;
    const cell = (c: (typeof COLUMNS)[number]) => (order[c] >= 0 ? record[order[c]] : undefined);
    const typeName = cell('type') ?? '';
    const type = referenceType(typeName);
    if (!type) {
      into.issue({ line, field: 'type', message: `unknown type "${typeName.slice(0, 40)}"` });
      continue;
    }
    const value = cell('value');
    if (value === undefined) {
      into.issue({ line, field: 'value', message: 'missing value' });
      continue;
    }
    into.add(type, value, { line, field: 'value', label: cell('label'), country: cell('country') });
  }
}
