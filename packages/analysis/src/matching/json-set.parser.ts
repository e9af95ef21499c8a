import type { ReferenceCollector } from './reference-collector.ts';
import { referenceType } from './reference-value.ts';

/**
 * JSON set file: an array of `{ type, value, label?, country? }`, or an object with such an array
 * under `values`. Entries are numbered from 1 in error messages.
 */
export function parseJsonSet(text: string, into: ReferenceCollector): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    into.issue({ message: `not valid JSON: ${(error as Error).message}` });
    return;
  }
  const list = Array.isArray(doc) ? doc : (doc as { values?: unknown } | null)?.values;
  if (!Array.isArray(list)) {
    into.issue({ message: 'expected an array of values, or an object with a "values" array' });
    return;
  }
  list.forEach((raw: unknown, i) => {
    const entry = i + 1;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      into.issue({ entry, message: 'entry is not an object' });
      return;
    }
    const row = raw as Record<string, unknown>;
    const type = typeof row.type === 'string' ? referenceType(row.type) : undefined;
    if (!type) {
      into.issue({ entry, field: 'type', message: `unknown type ${JSON.stringify(row.type)?.slice(0, 40)}` });
      return;
    }
    for (const field of ['label', 'country'] as const) {
      if (row[field] !== undefined && row[field] !== null && typeof row[field] !== 'string') {
        into.issue({ entry, field, message: `${field} must be a string` });
        return;
      }
    }
    if (typeof row.value !== 'string' && typeof row.value !== 'number') {
      into.issue({ entry, field: 'value', message: 'value must be a string' });
      return;
    }
    into.add(type, String(row.value), {
      entry,
      field: 'value',
      label: (row.label as string | undefined) ?? undefined,
      country: (row.country as string | undefined) ?? undefined,
    });
  });
}
