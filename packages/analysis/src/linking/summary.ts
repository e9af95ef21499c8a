import type { SharedSelector } from './cluster-types.ts';
import type { ItemStore } from './item-store.ts';

/** Per store scratch for counting: counts by selector id, and the last member that counted it. */
interface Scratch {
  counts: Uint32Array;
  lastMember: Int32Array;
}
const scratches = new WeakMap<ItemStore, Scratch>();

function scratchFor(store: ItemStore): Scratch {
  const size = store.selectors.count;
  let scratch = scratches.get(store);
  if (!scratch || scratch.counts.length < size) {
    scratch = { counts: new Uint32Array(size), lastMember: new Int32Array(size).fill(-1) };
    scratches.set(store, scratch);
  }
  return scratch;
}

export interface GroupSummary {
  selectors: SharedSelector[];
  score: number;
  rank: number;
  platforms: string[];
  languages: string[];
  countries: string[];
}

const MAX_SELECTORS = 25;

function distinctLabels(store: ItemStore, column: Uint32Array, members: number[]): string[] {
  const ids = new Set<number>();
  for (const m of members) {
    const v = column[m] as number;
    if (v !== 0) ids.add(v);
  }
  return [...ids].map((id) => store.labels.values[id] as string).sort();
}

/**
 * Rank of a group: grows with size (logarithmically), risk (the highest member score) and spread
 * over platforms, countries and languages, since a lure posted across borders and sites points
 * to an organised network rather than one poster.
 */
export function rankGroup(
  size: number,
  score: number,
  platforms: number,
  countries: number,
  languages: number,
): number {
  const spread =
    1 +
    0.5 * Math.max(0, platforms - 1) +
    0.5 * Math.max(0, countries - 1) +
    0.25 * Math.max(0, languages - 1);
  return Math.round(Math.log2(1 + size) * (1 + Math.min(score, 100) / 100) * spread * 1000) / 1000;
}

/** What a group's members share and how far it spreads. */
export function summarizeGroup(
  store: ItemStore,
  imageSelector: Int32Array,
  isHub: Uint8Array,
  members: number[],
): GroupSummary {
  const { counts, lastMember } = scratchFor(store);
  const touched: number[] = [];
  const count = (sid: number, m: number) => {
    // Count each selector once per member (an item may list a value twice via images).
    if (isHub[sid] || lastMember[sid] === m) return;
    lastMember[sid] = m;
    if (counts[sid] === 0) touched.push(sid);
    counts[sid] = (counts[sid] as number) + 1;
  };
  const sStarts = store.selectorStarts.data;
  const sIds = store.selectorIds.data;
  const iStarts = store.imageStarts.data;
  const iIds = store.images.data;
  let score = 0;
  for (const m of members) {
    for (let k = sStarts[m] as number; k < (sStarts[m + 1] as number); k++) count(sIds[k] as number, m);
    for (let k = iStarts[m] as number; k < (iStarts[m + 1] as number); k++)
      count(imageSelector[iIds[k] as number] as number, m);
    score = Math.max(score, store.scoreOf(m) ?? 0);
  }
  const shared: [number, number][] = [];
  for (const sid of touched) {
    if ((counts[sid] as number) >= 2) shared.push([sid, counts[sid] as number]);
    counts[sid] = 0;
    lastMember[sid] = -1;
  }
  const selectors = shared
    .map(([sid, count]) => ({
      type: store.selectorType(sid),
      value: store.selectorValue(sid),
      count,
      strong: store.isStrong(sid),
    }))
    .sort(
      (a, b) => Number(b.strong) - Number(a.strong) || b.count - a.count || a.value.localeCompare(b.value),
    )
    .slice(0, MAX_SELECTORS);
  const platforms = distinctLabels(store, store.platform.data, members);
  const languages = distinctLabels(store, store.lang.data, members);
  const countries = distinctLabels(store, store.country.data, members);
  return {
    selectors,
    score,
    rank: rankGroup(members.length, score, platforms.length, countries.length, languages.length),
    platforms,
    languages,
    countries,
  };
}
