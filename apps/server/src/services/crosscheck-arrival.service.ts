import { FuzzyIndex, handleKeys, handleScore, nameScore, nameVariants } from '@vigil/analysis';
import type { Database } from '@vigil/db';
import type pg from 'pg';
import {
  type HitRow,
  hitSourceCountries,
  insertHits,
  type NewHit,
} from '../repositories/reference-hit.repository.ts';
import {
  ensureTrigramIndex,
  fuzzyCandidates,
  lookupExact,
  setFuzzyValues,
} from '../repositories/reference-match.repository.ts';
import {
  findReferenceSet,
  listActiveSets,
  type ReferenceSetRow,
} from '../repositories/reference-set.repository.ts';
import { transaction } from '../repositories/tx.ts';
import {
  FUZZY_THRESHOLD,
  filterHit,
  groupBy,
  loadFilter,
  type SelectorOccurrence,
  storedKeysFor,
} from './crosscheck-shared.ts';
import { recordEvent } from './event.service.ts';

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
