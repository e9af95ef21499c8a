import { decodeFilterFile, type FilterHeader, type LoadedFilter } from '@vigil/analysis';
import type pg from 'pg';
import type { NewHit } from '../repositories/reference-hit.repository.ts';
import { sharingKeysById } from '../repositories/reference-key.repository.ts';
import { loadFilterFile, type ReferenceSetRow } from '../repositories/reference-set.repository.ts';

/** Pieces shared by set import, retro-hunt and matching on arrival (crosscheck*.service.ts). */

/** Fuzzy hits at or above this score are recorded (weaker than exact hits, which score 1). */
export const FUZZY_THRESHOLD = 0.6;

/** A canonical selector found somewhere (an item, a person), to be checked as it arrives. */
export interface SelectorOccurrence {
  operationId: string;
  sourceType: 'item' | 'person' | 'selector';
  sourceId: string;
  type: string;
  value: string;
}

export function filterHit(set: ReferenceSetRow, header: FilterHeader, s: SelectorOccurrence): NewHit {
  return {
    operationId: s.operationId,
    setId: set.id,
    sourceType: s.sourceType,
    sourceId: s.sourceId,
    selectorType: s.type,
    selectorValue: s.value,
    matchedValue: '',
    matchKind: 'filter',
    score: 1 - header.fpRate,
  };
}

const filterCache = new Map<string, LoadedFilter>();

/** Keys from the server's key store for the filter sets among `sets` (none asked: no query). */
export async function storedKeysFor(
  pool: pg.Pool,
  sets: readonly ReferenceSetRow[],
): Promise<ReadonlyMap<string, Uint8Array>> {
  const ids = [
    ...new Set(sets.flatMap((s) => (s.kind === 'filter' && s.filterKeyId ? [s.filterKeyId] : []))),
  ];
  return ids.length === 0 ? new Map() : sharingKeysById(pool, ids);
}

export async function loadFilter(
  pool: pg.Pool,
  set: ReferenceSetRow,
  now: Date,
  filterKeys: ReadonlyMap<string, Uint8Array>,
): Promise<LoadedFilter | undefined> {
  const key = set.filterKeyId ? filterKeys.get(set.filterKeyId) : undefined;
  if (!key) return undefined;
  const cacheKey = `${set.id}:${set.version}:${set.filterKeyId}`;
  const cached = filterCache.get(cacheKey);
  if (cached && Date.parse(cached.header.expiresAt) > now.getTime()) return cached;
  const file = await loadFilterFile(pool, set.id);
  if (!file) return undefined;
  const loaded = decodeFilterFile(file, key, now);
  filterCache.set(cacheKey, loaded);
  return loaded;
}

export function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = out.get(k);
    if (group) group.push(t);
    else out.set(k, [t]);
  }
  return out;
}
