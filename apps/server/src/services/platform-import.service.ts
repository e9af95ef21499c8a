import { parse } from 'csv-parse/sync';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../policies/access.policy.ts';
import type { ServiceContext } from './context.ts';
import { invalid } from './errors.ts';
import { createPlatforms, type PlatformInput, validatePlatformInput } from './platform.service.ts';

const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Import platforms from CSV (`name,kind,addresses,languages,countries,target_groups`, lists split
 * by `;`). Every line is checked first; if any line is wrong nothing is imported, and each error
 * names its line.
 */
export async function importPlatformsCsv(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  csv: string,
) {
  authorize(actor, 'platform.create');
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      bom: true,
      trim: true,
    });
  } catch (error) {
    throw invalid(`CSV: ${(error as Error).message}`);
  }
  const inputs: PlatformInput[] = [];
  const errors: { line: number; message: string }[] = [];
  records.forEach((record, index) => {
    const input: PlatformInput = {
      name: record.name ?? '',
      kind: record.kind ?? '',
      addresses: list(record.addresses),
      languages: list(record.languages),
      countries: list(record.countries).map((code) => code.toUpperCase()),
      targetGroups: list(record.target_groups),
      notes: record.notes ?? '',
    };
    try {
      validatePlatformInput(input);
      inputs.push(input);
    } catch (error) {
      errors.push({ line: index + 2, message: (error as Error).message });
    }
  });
  if (errors.length > 0) return { imported: 0, errors };
  const created = await createPlatforms(ctx, actor, operationId, inputs);
  return { imported: created.length, errors };
}
