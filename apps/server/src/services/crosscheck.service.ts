import {
  canonicalize,
  canonicalName,
  decodeFilterFile,
  FilterBuilder,
  type FilterHeader,
  FuzzyIndex,
  handleKeys,
  latinVariants,
  parseSetFile,
  type ReferenceValue,
  type SetFileFormat,
} from '@vigil/analysis';
import type pg from 'pg';
import { createLeadFromHit, insertHits, type NewHit } from '../repositories/reference-hit.repository.ts';
import {
  fuzzySubjects,
  pageStoredSelectors,
  retroHuntExact,
  setFuzzyValues,
  useLargeJoinMemory,
} from '../repositories/reference-match.repository.ts';
import {
  clearSetValues,
  findFilterSetByOrigin,
  findReferenceSet,
  finishSetImport,
  insertReferenceSet,
  insertReferenceValues,
  listReferenceSets,
  lockReferenceSet,
  pageSetValues,
  type ReferenceSetRow,
  replaceFilter,
  type StoredValue,
  updateSetVersionMetadata,
  withTransaction,
} from '../repositories/reference-set.repository.ts';
import { FUZZY_THRESHOLD, filterHit, loadFilter, storedKeysFor } from './crosscheck-shared.ts';

export const HANDLING_CODES = [
  'operation',
  'countries',
  'owner',
  'tlp:clear',
  'tlp:green',
  'tlp:amber',
  'tlp:amber+strict',
  'tlp:red',
];
const BATCH = 10_000;
export class CrosscheckError extends Error {
  override name = 'CrosscheckError';
}

export interface SetMetadata {
  name: string;
  ownerCountry: string;
  handling: string;
  validFrom?: Date;
  validUntil?: Date | null;
  operationId?: string | null;
  createdBy?: string | null;
}

export interface RetroHuntResult {
  exact: number;
  fuzzy: number;
  filter: number;
  seconds: number;
}

export interface ImportSetResult {
  setId: string;
  values: number;
  duplicates: number;
  skipped: number;
  format: SetFileFormat;
  retroHunt: RetroHuntResult;
}

/**
 * Import a set file (CSV, JSON, FollowTheMoney, MISP) as a new plain set, then retro-hunt it
 * against everything stored. All or nothing: a malformed row rejects the file before any write
 * (ReferenceSetParseError), and the values are written in one transaction.
 */
export async function importSetFile(
  pool: pg.Pool,
  input: SetMetadata & {
    text: string;
    fileName?: string;
    format?: SetFileFormat;
    country?: string;
    now: Date;
  },
): Promise<ImportSetResult> {
  checkMetadata(input, input.now);
  const parsed = parseSetFile(input.text, {
    canonicalize,
    ...(input.fileName ? { fileName: input.fileName } : {}),
    ...(input.format ? { format: input.format } : {}),
    ...(input.country ? { country: input.country } : {}),
  });
  const { setId, values } = await importValues(pool, { ...input, sourceFormat: parsed.format }, [
    parsed.values,
  ]);
  const hunt = await retroHunt(pool, setId, input.now);
  return {
    setId,
    values,
    duplicates: parsed.duplicates,
    skipped: parsed.skipped,
    format: parsed.format,
    retroHunt: hunt,
  };
}

/** Write a set and its (already canonical) values in one transaction, in batches of 10,000 rows. */
export async function importValues(
  pool: pg.Pool,
  meta: SetMetadata & { sourceFormat: string; now?: Date },
  batches: Iterable<readonly ReferenceValue[]> | AsyncIterable<readonly ReferenceValue[]>,
): Promise<{ setId: string; values: number }> {
  return withTransaction(pool, async (client) => {
    const setId = await insertReferenceSet(client, {
      ...meta,
      kind: 'plain',
      validFrom: meta.validFrom ?? meta.now ?? new Date(),
    });
    let count = 0;
    for await (const batch of batches) {
      for (let i = 0; i < batch.length; i += BATCH) {
        count += await insertReferenceValues(client, setId, batch.slice(i, i + BATCH).map(toStored));
      }
    }
    await finishSetImport(client, setId, count);
    return { setId, values: count };
  });
}

/**
 * Replace a plain set's values by a new version, atomically: the old values stay in force until
 * the new ones commit (one transaction, the set row locked). The set keeps its id; its version
 * goes up, and hits recorded before keep the version that produced them.
 */
export async function replaceValues(
  pool: pg.Pool,
  setId: string,
  meta: { sourceFormat: string; validFrom: Date; validUntil: Date | null; handling: string },
  batches: Iterable<readonly ReferenceValue[]>,
): Promise<{ values: number; version: number }> {
  return withTransaction(pool, async (client) => {
    const set = await lockReferenceSet(client, setId);
    if (!set) throw new CrosscheckError(`no reference set ${setId}`);
    if (set.kind !== 'plain')
      throw new CrosscheckError(`set "${set.name}" is a filter: import a new filter file`);
    await clearSetValues(client, setId);
    let count = 0;
    for (const batch of batches) {
      for (let i = 0; i < batch.length; i += BATCH) {
        count += await insertReferenceValues(client, setId, batch.slice(i, i + BATCH).map(toStored));
      }
    }
    await updateSetVersionMetadata(client, setId, meta);
    await finishSetImport(client, setId, count);
    return { values: count, version: set.version + 1 };
  });
}

/** The Latin key that trigram search runs on, for names, usernames and handles. */
export function fuzzyKey(type: string, value: string): string | null {
  if (type === 'name') return latinVariants(canonicalName(value))[0] ?? null;
  if (type === 'username' || type === 'handle') return handleKeys(value).plain[0] ?? null;
  return null;
}

function toStored(v: ReferenceValue): StoredValue {
  return {
    type: v.type,
    value: v.value,
    label: v.label,
    country: v.country,
    fuzzyKey: fuzzyKey(v.type, v.value),
  };
}

/**
 * Import another country's keyed-hash filter. The file is verified (key, integrity, expiry) before
 * it is stored; its values stay unknown, so hits against it only say whom to ask. A filter of a set
 * already imported replaces it when its version is newer (atomically, same set id) and is refused
 * when it is not: an old file must not bring back values the owner has removed.
 */
export async function importFilterSet(
  pool: pg.Pool,
  input: {
    file: Uint8Array;
    key: Uint8Array;
    now: Date;
    handling?: string;
    operationId?: string | null;
    createdBy?: string | null;
  },
): Promise<{ setId: string; header: FilterHeader; replaced: boolean; retroHunt: RetroHuntResult }> {
  const { header } = decodeFilterFile(input.file, input.key, input.now);
  const filter = {
    file: input.file,
    header,
    keyId: header.keyId,
    version: header.filterVersion,
    validFrom: new Date(header.createdAt),
    validUntil: new Date(header.expiresAt),
    n: header.n,
  };
  const { setId, replaced } = await withTransaction(pool, async (client) => {
    const previous = await findFilterSetByOrigin(client, header.setId, input.operationId ?? null);
    if (previous) {
      if (!isNewerFilter(header, previous))
        throw new CrosscheckError(
          `filter "${header.setName}" version ${header.filterVersion} (made ${header.createdAt}) is not newer than the one already imported (version ${previous.version}): an old filter may hold values the owner has removed`,
        );
      await replaceFilter(client, previous.id, filter);
      return { setId: previous.id, replaced: true };
    }
    const id = await insertReferenceSet(client, {
      name: header.setName,
      ownerCountry: header.ownerCountry,
      handling: input.handling ?? 'operation',
      kind: 'filter',
      sourceFormat: 'filter',
      validFrom: filter.validFrom,
      validUntil: filter.validUntil,
      operationId: input.operationId ?? null,
      createdBy: input.createdBy ?? null,
      filterFile: input.file,
      filterHeader: header,
      filterKeyId: header.keyId,
      valueCount: header.n,
      version: header.filterVersion,
    });
    return { setId: id, replaced: false };
  });
  const hunt = await retroHunt(pool, setId, input.now, new Map([[header.keyId, input.key]]));
  return { setId, header, replaced, retroHunt: hunt };
}

/** A higher filter version, or the same version re-exported later (e.g. with a new expiry). */
function isNewerFilter(header: FilterHeader, previous: ReferenceSetRow): boolean {
  if (header.filterVersion !== previous.version) return header.filterVersion > previous.version;
  const before = (previous.filterHeader as Partial<FilterHeader> | null)?.createdAt;
  return before !== undefined && Date.parse(header.createdAt) > Date.parse(before);
}

/**
 * Check everything already stored against one set: exact matches in one SQL join, fuzzy matches
 * of people's names/usernames and item handles, or (filter sets) every stored selector in memory.
 */
export async function retroHunt(
  pool: pg.Pool,
  setId: string,
  now: Date,
  givenKeys?: ReadonlyMap<string, Uint8Array>,
): Promise<RetroHuntResult> {
  const started = performance.now();
  const set = await findReferenceSet(pool, setId);
  if (!set) throw new CrosscheckError(`no reference set ${setId}`);
  const result: RetroHuntResult = { exact: 0, fuzzy: 0, filter: 0, seconds: 0 };
  if (set.kind === 'filter') {
    const filterKeys = givenKeys ?? (await storedKeysFor(pool, [set]));
    result.filter = await retroHuntFilter(pool, set, now, filterKeys);
  } else {
    result.exact = await withTransaction(pool, async (client) => {
      await useLargeJoinMemory(client);
      return retroHuntExact(client, set.id, set.operationId);
    });
    result.fuzzy = await retroHuntFuzzy(pool, set);
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

async function retroHuntFuzzy(pool: pg.Pool, set: ReferenceSetRow): Promise<number> {
  const values = await setFuzzyValues(pool, set.id);
  if (values.length === 0) return 0;
  const names = new FuzzyIndex<string>('name');
  const handles = new FuzzyIndex<string>('username');
  for (const v of values) (v.type === 'name' ? names : handles).add(v.value, v.value);
  const hits: NewHit[] = [];
  for (const subject of await fuzzySubjects(pool, set.operationId, 200_000)) {
    const index = subject.kind === 'name' ? names : handles;
    for (const hit of index.search(subject.value, FUZZY_THRESHOLD)) {
      hits.push({
        operationId: subject.operationId,
        setId: set.id,
        sourceType: subject.sourceType,
        sourceId: subject.sourceId,
        selectorType: subject.kind,
        selectorValue: subject.value,
        matchedValue: hit.entry,
        matchKind: hit.score >= 1 ? 'exact' : 'fuzzy',
        score: hit.score >= 1 ? 1 : Math.min(hit.score, 0.99),
      });
    }
  }
  let inserted = 0;
  for (let i = 0; i < hits.length; i += BATCH)
    inserted += (await insertHits(pool, hits.slice(i, i + BATCH))).length;
  return inserted;
}

async function retroHuntFilter(
  pool: pg.Pool,
  set: ReferenceSetRow,
  now: Date,
  filterKeys: ReadonlyMap<string, Uint8Array>,
): Promise<number> {
  const loaded = await loadFilter(pool, set, now, filterKeys);
  if (!loaded) return 0;
  let inserted = 0;
  let after: string | null = null;
  for (;;) {
    const page = await pageStoredSelectors(pool, loaded.header.selectorTypes, set.operationId, after, 50_000);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const hits = page
      .filter((s) => loaded.filter.has(s.type, s.value))
      .map((s) =>
        filterHit(set, loaded.header, {
          operationId: s.operationId,
          sourceType: 'item',
          sourceId: s.itemId,
          type: s.type,
          value: s.value,
        }),
      );
    inserted += (await insertHits(pool, hits)).length;
  }
  return inserted;
}

/**
 * Export a plain set as a keyed-hash filter for a sharing group. Values are read in pages, so a
 * set of millions of rows never sits in memory twice.
 */
export async function exportSetFilter(
  pool: pg.Pool,
  setIdOrName: string,
  options: {
    key: Uint8Array;
    fpRate: number;
    expiresAt: Date;
    sharingGroupId: string;
    now: Date;
    contact?: string;
    filterVersion?: number;
  },
): Promise<{ file: Uint8Array; header: FilterHeader }> {
  const set = await findReferenceSet(pool, setIdOrName);
  if (!set) throw new CrosscheckError(`no reference set "${setIdOrName}"`);
  if (set.kind !== 'plain')
    throw new CrosscheckError(
      `set "${set.name}" is itself a filter: only the owner's plain set can be exported`,
    );
  const builder = new FilterBuilder(
    {
      key: options.key,
      fpRate: options.fpRate,
      setId: set.id,
      setName: set.name,
      ownerCountry: set.ownerCountry,
      sharingGroupId: options.sharingGroupId,
      createdAt: options.now,
      expiresAt: options.expiresAt,
      filterVersion: options.filterVersion ?? set.version,
      ...(options.contact ? { contact: options.contact } : {}),
    },
    set.valueCount,
  );
  let after: { type: string; value: string } | null = null;
  for (;;) {
    const page = await pageSetValues(pool, set.id, after, 100_000);
    if (page.length === 0) break;
    for (const row of page) builder.add(row.type, row.value);
    after = page[page.length - 1]!;
  }
  return builder.finish();
}

function checkMetadata(meta: SetMetadata, now: Date): void {
  if (!meta.name.trim()) throw new CrosscheckError('a set needs a name');
  if (!/^[A-Z]{2}$/.test(meta.ownerCountry))
    throw new CrosscheckError(
      `owner country "${meta.ownerCountry}" is not an ISO 3166-1 alpha-2 code (e.g. NL)`,
    );
  if (!HANDLING_CODES.includes(meta.handling))
    throw new CrosscheckError(`handling code "${meta.handling}" is not one of ${HANDLING_CODES.join(', ')}`);
  const from = meta.validFrom ?? now;
  if (meta.validUntil && meta.validUntil.getTime() <= from.getTime())
    throw new CrosscheckError('the set would be valid until before it is valid from');
}

/** All sets, for listings (`vigil sets list`). */
export function listSets(pool: pg.Pool): Promise<ReferenceSetRow[]> {
  return listReferenceSets(pool);
}

/** One action: a hit becomes a lead owned by the analyst's country (the hit keeps a link to it). */
export async function hitToLead(
  pool: pg.Pool,
  hitId: string,
  by: { operationId: string; ownerCountry: string; handling?: string; userId?: string | null },
): Promise<string> {
  const leadId = await withTransaction(pool, (client) =>
    createLeadFromHit(client, hitId, {
      operationId: by.operationId,
      ownerCountry: by.ownerCountry,
      handling: by.handling ?? 'operation',
      createdBy: by.userId ?? null,
    }),
  );
  if (!leadId) throw new CrosscheckError(`hit ${hitId} does not exist or is already a lead`);
  return leadId;
}

export { announceHits, hasTrigramSupport, matchSelectors } from './crosscheck-arrival.service.ts';
export { FUZZY_THRESHOLD, type SelectorOccurrence } from './crosscheck-shared.ts';
