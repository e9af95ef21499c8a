import type { LoadedFilter } from './filter-file.ts';
import { FuzzyIndex } from './fuzzy-index.ts';
import { DEFAULT_FUZZY_THRESHOLD } from './fuzzy-score.ts';
import type { ReferenceValue, ReferenceValueType } from './reference-value.ts';

export type MatchKind = 'exact' | 'fuzzy' | 'filter';

export interface MatchQuery {
  type: ReferenceValueType;
  /** Canonical value. */
  value: string;
}

export interface ReferenceSetInfo {
  id: string;
  name: string;
  ownerCountry: string;
}

export interface ReferenceHit {
  query: MatchQuery;
  set: ReferenceSetInfo;
  kind: MatchKind;
  /** 1 for exact; the similarity for fuzzy; for filters 1 − stated false-positive rate. */
  score: number;
  /** The set's value (plain sets only: a filter never reveals one). */
  matched?: ReferenceValue;
  /** How a fuzzy score was reached, or what to do about a filter hit. */
  note?: string;
}

const FUZZY_TYPES = new Set<ReferenceValueType>(['name', 'username', 'handle']);

/**
 * Matching in memory against plain sets and keyed-hash filters: exact on canonical values, fuzzy
 * on names, usernames and handles. Used by `vigil match` offline and by tests of the database path.
 */
export class ReferenceMatcher {
  private readonly exact = new Map<string, { set: ReferenceSetInfo; value: ReferenceValue }[]>();
  private readonly names = new FuzzyIndex<{ set: ReferenceSetInfo; value: ReferenceValue }>('name');
  private readonly handles = new FuzzyIndex<{ set: ReferenceSetInfo; value: ReferenceValue }>('username');
  private readonly filters: LoadedFilter[] = [];

  addSet(set: ReferenceSetInfo, values: readonly ReferenceValue[]): void {
    for (const value of values) {
      const key = `${value.type}\u0000${value.value}`;
      const list = this.exact.get(key);
      if (list) list.push({ set, value });
      else this.exact.set(key, [{ set, value }]);
      if (value.type === 'name') this.names.add(value.value, { set, value });
      else if (value.type === 'username' || value.type === 'handle')
        this.handles.add(value.value, { set, value });
    }
  }

  addFilter(filter: LoadedFilter): void {
    this.filters.push(filter);
  }

  match(query: MatchQuery, fuzzyThreshold = DEFAULT_FUZZY_THRESHOLD): ReferenceHit[] {
    const hits: ReferenceHit[] = [];
    const seen = new Set<string>();
    for (const { set, value } of this.exact.get(`${query.type}\u0000${query.value}`) ?? []) {
      seen.add(`${set.id}\u0000${value.type}\u0000${value.value}`);
      hits.push({ query, set, kind: 'exact', score: 1, matched: value });
    }
    if (FUZZY_TYPES.has(query.type)) {
      const index = query.type === 'name' ? this.names : this.handles;
      for (const hit of index.search(query.value, fuzzyThreshold)) {
        const { set, value } = hit.entry;
        const key = `${set.id}\u0000${value.type}\u0000${value.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({
          query,
          set,
          kind: 'fuzzy',
          score: Math.min(hit.score, 0.99),
          matched: value,
          note: hit.via,
        });
      }
    }
    for (const { header, filter } of this.filters) {
      if (!header.selectorTypes.includes(query.type) || !filter.has(query.type, query.value)) continue;
      hits.push({
        query,
        set: { id: header.setId, name: header.setName, ownerCountry: header.ownerCountry },
        kind: 'filter',
        score: 1 - header.fpRate,
        note: `the owner of "${header.setName}" (${header.ownerCountry}) may know this selector: contact them to confirm${header.contact ? ` (${header.contact})` : ''}`,
      });
    }
    return hits.sort((a, b) => b.score - a.score);
  }
}
