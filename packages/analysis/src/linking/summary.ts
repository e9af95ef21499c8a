import type { SharedSelector } from './cluster-types.ts';
import type { ItemStore } from './item-store.ts';
import { itemSelectors } from './selector-index.ts';

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
  const counts = new Map<number, number>();
  let score = 0;
  for (const m of members) {
    const sids = itemSelectors(store, imageSelector, m);
    for (let k = 0; k < sids.length; k++) {
      const sid = sids[k] as number;
      // Count each selector once per member (an item may list a value twice via images).
      if (isHub[sid] || sids.indexOf(sid) !== k) continue;
      counts.set(sid, (counts.get(sid) ?? 0) + 1);
    }
    score = Math.max(score, store.scoreOf(m) ?? 0);
  }
  const selectors = [...counts.entries()]
    .filter(([, count]) => count >= 2)
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
