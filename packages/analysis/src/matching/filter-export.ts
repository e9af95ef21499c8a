import { encodeFilterFile, type FilterHeader, filterHeader } from './filter-file.ts';
import { KeyedFilter } from './keyed-filter.ts';

export interface FilterExportOptions {
  key: Uint8Array;
  /** Target false-positive rate, e.g. 1e-6. */
  fpRate: number;
  setId: string;
  setName: string;
  ownerCountry: string;
  sharingGroupId: string;
  createdAt: Date;
  expiresAt: Date;
  filterVersion: number;
  contact?: string;
}

/**
 * Export canonical values as a keyed-hash filter file. The values must already be canonical and
 * distinct (as a stored set is). Returns the file bytes and the header written into it.
 */
export function exportFilter(
  values: Iterable<{ type: string; value: string }>,
  count: number,
  options: FilterExportOptions,
): { file: Uint8Array; header: FilterHeader } {
  if (options.expiresAt.getTime() <= options.createdAt.getTime())
    throw new RangeError('a filter must expire after it is created');
  const filter = KeyedFilter.create(options.key, count, options.fpRate);
  const types = new Set<string>();
  let n = 0;
  for (const v of values) {
    filter.add(v.type, v.value);
    types.add(v.type);
    n++;
  }
  if (n !== count) throw new RangeError(`expected ${count} values, got ${n}`);
  const header = filterHeader(
    {
      setId: options.setId,
      setName: options.setName,
      ownerCountry: options.ownerCountry,
      sharingGroupId: options.sharingGroupId,
      createdAt: options.createdAt.toISOString(),
      expiresAt: options.expiresAt.toISOString(),
      n,
      selectorTypes: [...types].sort(),
      filterVersion: options.filterVersion,
      ...(options.contact ? { contact: options.contact } : {}),
    },
    filter.bloom,
    options.key,
  );
  return { file: encodeFilterFile(header, filter.bloom, options.key), header };
}
