import {
  canonicalize,
  canonicalName,
  decodeFilterFile,
  FilterBuilder,
  type FilterHeader,
  FuzzyIndex,
  handleKeys,
  handleScore,
  type LoadedFilter,
  latinVariants,
  nameScore,
  nameVariants,
  parseSetFile,
  type ReferenceValue,
  type SetFileFormat,
} from '@vigil/analysis';
import type { Database } from '@vigil/db';
import type pg from 'pg';
import {
  createLeadFromHit,
  type HitRow,
  hitSourceCountries,
  insertHits,
  type NewHit,
} from '../repositories/reference-hit.repository.ts';
import { sharingKeysById } from '../repositories/reference-key.repository.ts';
import {
  ensureTrigramIndex,
  fuzzyCandidates,
  fuzzySubjects,
  lookupExact,
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
  listActiveSets,
  listReferenceSets,
  loadFilterFile,
  lockReferenceSet,
  pageSetValues,
  type ReferenceSetRow,
  replaceFilter,
  type StoredValue,
  updateSetVersionMetadata,
  withTransaction,
} from '../repositories/reference-set.repository.ts';
import { transaction } from '../repositories/tx.ts';
import { recordEvent } from './event.service.ts';

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
/** Fuzzy hits at or above this score are recorded (weaker than exact hits, which score 1). */
export const FUZZY_THRESHOLD = 0.6;

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

function filterHit(set: ReferenceSetRow, header: FilterHeader, s: SelectorOccurrence): NewHit {
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
async function storedKeysFor(
  pool: pg.Pool,
  sets: readonly ReferenceSetRow[],
): Promise<ReadonlyMap<string, Uint8Array>> {
  const ids = [
    ...new Set(sets.flatMap((s) => (s.kind === 'filter' && s.filterKeyId ? [s.filterKeyId] : []))),
  ];
  return ids.length === 0 ? new Map() : sharingKeysById(pool, ids);
}

async function loadFilter(
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

/** A canonical selector found somewhere (an item, a person), to be checked as it arrives. */
export interface SelectorOccurrence {
  operationId: string;
  sourceType: 'item' | 'person' | 'selector';
  sourceId: string;
  type: string;
  value: string;
}

const trigramSupport = new WeakMap<pg.Pool, Promise<boolean>>();

/** Whether pg_trgm is usable on this database (checked once per pool). */
export function hasTrigramSupport(pool: pg.Pool): Promise<boolean> {
  let known = trigramSupport.get(pool);
  if (!known) {
    known = ensureTrigramIndex(pool);
    trigramSupport.set(pool, known);
  }
  return known;
}

/**
 * Match new selectors against every set the operation may use: exact on canonical values, fuzzy
 * for names/usernames/handles (pg_trgm candidates, scored like the in-memory matcher), and the
 * keyed-hash filters whose keys are given. Returns the hits that are new.
 */
export async function matchSelectors(
  pool: pg.Pool,
  occurrences: readonly SelectorOccurrence[],
  now: Date,
  givenKeys?: ReadonlyMap<string, Uint8Array>,
): Promise<HitRow[]> {
  const hits: NewHit[] = [];
  const byOperation = groupBy(occurrences, (o) => o.operationId);
  for (const [operationId, list] of byOperation) {
    const sets = await listActiveSets(pool, now, operationId);
    const filterKeys = givenKeys ?? (await storedKeysFor(pool, sets));
    const exact = await lookupExact(pool, list, now, operationId);
    const index = groupBy(exact, (r) => `${r.type}\u0000${r.value}`);
    for (const o of list) {
      for (const r of index.get(`${o.type}\u0000${o.value}`) ?? []) {
        hits.push({
          operationId,
          setId: r.setId,
          sourceType: o.sourceType,
          sourceId: o.sourceId,
          selectorType: o.type,
          selectorValue: o.value,
          matchedValue: r.value,
          matchKind: 'exact',
          score: 1,
        });
      }
    }
    hits.push(...(await fuzzyHits(pool, list, now, operationId)));
    for (const set of sets.filter((s) => s.kind === 'filter')) {
      const loaded = await loadFilter(pool, set, now, filterKeys).catch(() => undefined);
      if (!loaded) continue;
      for (const o of list) {
        if (loaded.header.selectorTypes.includes(o.type) && loaded.filter.has(o.type, o.value))
          hits.push(filterHit(set, loaded.header, o));
      }
    }
  }
  return insertHits(pool, dedupe(hits));
}

async function fuzzyHits(
  pool: pg.Pool,
  list: readonly SelectorOccurrence[],
  now: Date,
  operationId: string,
): Promise<NewHit[]> {
  const fuzzy = list.filter((o) => o.type === 'name' || o.type === 'username' || o.type === 'handle');
  if (fuzzy.length === 0 || !(await hasTrigramSupport(pool)))
    return fuzzy.length ? fuzzyHitsInMemory(pool, fuzzy, now, operationId) : [];
  const out: NewHit[] = [];
  for (const o of fuzzy) {
    const isName = o.type === 'name';
    const keys = isName ? nameVariants(o.value) : Object.values(handleKeys(o.value)).flat();
    const types = isName ? ['name'] : ['username', 'handle'];
    for (const c of await fuzzyCandidates(pool, types, [...new Set(keys)], now, operationId)) {
      const s = isName ? nameScore(o.value, c.value) : handleScore(o.value, c.value);
      if (s.score < FUZZY_THRESHOLD || (c.type === o.type && c.value === o.value)) continue;
      out.push({
        operationId,
        setId: c.setId,
        sourceType: o.sourceType,
        sourceId: o.sourceId,
        selectorType: o.type,
        selectorValue: o.value,
        matchedValue: c.value,
        matchKind: 'fuzzy',
        score: Math.min(s.score, 0.99),
      });
    }
  }
  return out;
}

/** Without pg_trgm: the usable sets' fuzzy values in an in-memory trigram index. */
async function fuzzyHitsInMemory(
  pool: pg.Pool,
  list: readonly SelectorOccurrence[],
  now: Date,
  operationId: string,
): Promise<NewHit[]> {
  const names = new FuzzyIndex<{ setId: string; value: string }>('name');
  const handles = new FuzzyIndex<{ setId: string; value: string }>('username');
  for (const set of await listActiveSets(pool, now, operationId)) {
    if (set.kind !== 'plain') continue;
    for (const v of await setFuzzyValues(pool, set.id))
      (v.type === 'name' ? names : handles).add(v.value, { setId: set.id, value: v.value });
  }
  const out: NewHit[] = [];
  for (const o of list) {
    for (const hit of (o.type === 'name' ? names : handles).search(o.value, FUZZY_THRESHOLD)) {
      if (hit.entry.value === o.value) continue;
      out.push({
        operationId,
        setId: hit.entry.setId,
        sourceType: o.sourceType,
        sourceId: o.sourceId,
        selectorType: o.type,
        selectorValue: o.value,
        matchedValue: hit.entry.value,
        matchKind: 'fuzzy',
        score: Math.min(hit.score, 0.99),
      });
    }
  }
  return out;
}

function dedupe(hits: NewHit[]): NewHit[] {
  const seen = new Map<string, NewHit>();
  for (const h of hits) {
    const key = [h.setId, h.sourceType, h.sourceId, h.selectorType, h.selectorValue, h.matchedValue].join(
      '\u0000',
    );
    const prev = seen.get(key);
    if (!prev || prev.score < h.score) seen.set(key, h);
  }
  return [...seen.values()];
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

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = out.get(k);
    if (group) group.push(t);
    else out.set(k, [t]);
  }
  return out;
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

/**
 * Put new hits on the live feed: one `hit.created` event per operation and set, naming the set and
 * its owner country (whom to contact: deconfliction) and counting hits by kind, never carrying a
 * matched value. Visible to the whole operation, which is what lets both sides see the overlap.
 */
export async function announceHits(database: Database, hits: readonly HitRow[]): Promise<number> {
  const groups = groupBy(
    hits.filter((h) => h.operationId),
    (h) => `${h.operationId}\u0000${h.setId}`,
  );
  if (groups.size === 0) return 0;
  // Read the sets before the transaction: the embedded server serves one session at a time, so a
  // second connection inside an open transaction would wait for ever.
  const sets = new Map<string, ReferenceSetRow | undefined>();
  const holders = new Map<string, string[]>();
  for (const [group, list] of groups) {
    sets.set(list[0]!.setId, await findReferenceSet(database.pool, list[0]!.setId));
    holders.set(
      group,
      await hitSourceCountries(
        database.pool,
        list.map((h) => h.id),
      ),
    );
  }
  await transaction(database, async (tx) => {
    for (const [group, list] of groups) {
      const first = list[0]!;
      const set = sets.get(first.setId);
      if (set) await alertSetOwner(tx, first.operationId!, set, holders.get(group) ?? []);
      const byKind = { exact: 0, fuzzy: 0, filter: 0 };
      for (const h of list) byKind[h.matchKind]++;
      await recordEvent(tx, null, {
        operationId: first.operationId!,
        type: 'hit.created',
        payload: {
          setId: first.setId,
          setName: set?.name ?? null,
          setOwnerCountry: set?.ownerCountry ?? null,
          count: list.length,
          ...byKind,
          hitIds: list.slice(0, 100).map((h) => h.id),
          sources: [...new Set(list.map((h) => `${h.sourceType}:${h.sourceId}`))].slice(0, 100),
        },
      });
    }
  });
  return groups.size;
}

/**
 * Deconfliction across countries: when items or people held by other countries match a set, the
 * set's owner and those holders are told of each other. The alert names the set and the countries,
 * never a matched value or the records themselves; only the parties named can read it.
 */
async function alertSetOwner(
  tx: Parameters<typeof recordEvent>[0],
  operationId: string,
  set: ReferenceSetRow,
  holderCountries: readonly string[],
): Promise<void> {
  const others = holderCountries.filter((c) => c !== set.ownerCountry);
  if (others.length === 0) return;
  await recordEvent(tx, null, {
    operationId,
    type: 'alert.deconfliction',
    handled: { ownerCountry: set.ownerCountry, handling: 'countries', sharedWith: others },
    payload: {
      targetType: 'reference-set',
      targetKey: set.name,
      setId: set.id,
      parties: [
        { teamId: null, teamName: `owner of set "${set.name}"`, country: set.ownerCountry, userName: null },
        ...others.map((country) => ({
          teamId: null,
          teamName: 'holds matching records',
          country,
          userName: null,
        })),
      ],
    },
  });
}
