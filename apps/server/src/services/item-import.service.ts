import { parse } from 'csv-parse/sync';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import type { ItemRow } from '../repositories/item.repository.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { crossCheckItems, type ItemInput, storeItem } from './item.service.ts';
import { requireOperation } from './operation.service.ts';

export interface ImportReport {
  imported: number;
  duplicates: number;
  errors: { line: number; message: string }[];
}

function fromRecord(record: Record<string, unknown>, platformId: string | undefined): ItemInput {
  const str = (key: string) =>
    typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined;
  const images = Array.isArray(record.images)
    ? record.images.filter((x): x is string => typeof x === 'string')
    : undefined;
  return {
    text: typeof record.text === 'string' ? record.text : '',
    title: str('title'),
    url: str('url'),
    country: str('country')?.toUpperCase(),
    postedAt: str('posted_at') ?? null,
    capturedAt: str('captured_at'),
    externalId: str('id'),
    images,
    platformId: platformId ?? null,
  };
}

/** Read JSONL or CSV into items; bad records are reported by line and skipped. */
export function parseItemFile(body: string, format: 'jsonl' | 'csv', platformId?: string) {
  const records: { line: number; input: ItemInput }[] = [];
  const errors: ImportReport['errors'] = [];
  if (format === 'csv') {
    try {
      const rows = parse(body, {
        columns: true,
        skip_empty_lines: true,
        bom: true,
        relax_column_count: true,
      }) as Record<string, unknown>[];
      for (const [index, row] of rows.entries())
        records.push({ line: index + 2, input: fromRecord(row, platformId) });
    } catch (error) {
      errors.push({ line: 0, message: `CSV: ${(error as Error).message}` });
    }
    return { records, errors };
  }
  body.split('\n').forEach((text, index) => {
    if (text.trim() === '') return;
    try {
      const value = JSON.parse(text) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Error('expected a JSON object');
      records.push({ line: index + 1, input: fromRecord(value as Record<string, unknown>, platformId) });
    } catch (error) {
      errors.push({ line: index + 1, message: (error as Error).message });
    }
  });
  return { records, errors };
}

/** Import a file of items: each is analysed on arrival; the same content twice is stored once. */
export async function importItems(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  body: string,
  options: { format: 'jsonl' | 'csv'; platformId?: string; ownerCountry?: string },
): Promise<ImportReport> {
  authorize(actor, 'item.create');
  await requireOperation(ctx, operationId);
  const { records, errors } = parseItemFile(body, options.format, options.platformId);
  let imported = 0;
  const stored: ItemRow[] = [];
  let duplicates = 0;
  // Batches of 200 per transaction: fast, and one bad record never undoes the others.
  for (let start = 0; start < records.length; start += 200) {
    const batch = records.slice(start, start + 200);
    await inTransaction(ctx, async (tx) => {
      for (const record of batch) {
        try {
          await tx.transaction(async (inner) => {
            const input = options.ownerCountry
              ? { ...record.input, ownerCountry: options.ownerCountry }
              : record.input;
            const row = await storeItem(inner, actor, operationId, input);
            if (row) {
              imported++;
              stored.push(row);
            } else duplicates++;
          });
        } catch (error) {
          errors.push({ line: record.line, message: (error as Error).message });
        }
      }
    });
  }
  await crossCheckItems(ctx, stored);
  errors.sort((a, b) => a.line - b.line);
  return { imported, duplicates, errors };
}
