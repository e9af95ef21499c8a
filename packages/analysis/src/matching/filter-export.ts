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
 * Builds a filter file from canonical, distinct values fed one at a time (e.g. page by page from
 * the database), so a set of millions of values never has to sit in memory as objects.
 */
export class FilterBuilder {
  private readonly filter: KeyedFilter;
  private readonly types = new Set<string>();
  private n = 0;

  constructor(
    private readonly options: FilterExportOptions,
    /** Number of values that will be added; sizes the bit array. */
    private readonly expected: number,
  ) {
    if (options.expiresAt.getTime() <= options.createdAt.getTime()) {
      throw new RangeError('a filter must expire after it is created');
    }
    this.filter = KeyedFilter.create(options.key, expected, options.fpRate);
  }

  add(type: string, value: string): void {
    this.filter.add(type, value);
    this.types.add(type);
    this.n++;
  }

  finish(): { file: Uint8Array; header: FilterHeader } {
    const o = this.options;
    if (this.n !== this.expected) throw new RangeError(`expected ${this.expected} values, got ${this.n}`);
    const header = filterHeader(
      {
        setId: o.setId,
        setName: o.setName,
        ownerCountry: o.ownerCountry,
        sharingGroupId: o.sharingGroupId,
        createdAt: o.createdAt.toISOString(),
        expiresAt: o.expiresAt.toISOString(),
        n: this.n,
        selectorTypes: [...this.types].sort(),
        filterVersion: o.filterVersion,
        ...(o.contact ? { contact: o.contact } : {}),
      },
      this.filter.bloom,
      o.key,
    );
    return { file: encodeFilterFile(header, this.filter.bloom, o.key), header };
  }
}

/** Export canonical, distinct values (as a stored set holds them) as a keyed-hash filter file. */
export function exportFilter(
  values: Iterable<{ type: string; value: string }>,
  count: number,
  options: FilterExportOptions,
): { file: Uint8Array; header: FilterHeader } {
  const builder = new FilterBuilder(options, count);
  for (const v of values) builder.add(v.type, v.value);
  return builder.finish();
}
