import type { ItemStore } from './item-store.ts';
import { itemSelectors } from './selector-index.ts';
import { UnionFind } from './union-find.ts';

/**
 * The linking unit of every item for networks: normally its template group (near-duplicate
 * root), but a template group whose members fall into two or more separate "posters" (groups of
 * at least two members tied together by strong selectors, sharing none with each other) is one
 * text used by different people, and each poster becomes a unit of its own. Like a hub value,
 * such a text must not glue unrelated posters into one network; they still meet if anything
 * else (a phone, a handle, an image) links them. Members with no strong selector, or alone with
 * theirs, go with the largest poster. The cost: an operator who rotates phone numbers with
 * nothing else in common (no handle, no shared photo) is split into one unit per number.
 */
const SAMPLE = 3;

export function posterUnits(
  store: ItemStore,
  imageSelector: Int32Array,
  isHub: Uint8Array,
  templateRoot: (item: number) => number,
  templateGroups: readonly (readonly number[])[],
  similarity: (a: number, b: number) => number,
  sameText: number,
): { unitOf: Int32Array; sharedTemplates: number } {
  const n = store.size;
  const unitOf = new Int32Array(n);
  for (let i = 0; i < n; i++) unitOf[i] = templateRoot(i);
  const firstWith = new Map<number, number>();
  let sharedTemplates = 0;
  for (const members of templateGroups) {
    if (members.length < 4) continue;
    firstWith.clear();
    const local = new UnionFind(members.length);
    local.ensure(members.length);
    const hasStrong = new Uint8Array(members.length);
    members.forEach((item, k) => {
      for (const sid of itemSelectors(store, imageSelector, item)) {
        if (isHub[sid] || !store.isStrong(sid)) continue;
        hasStrong[k] = 1;
        const first = firstWith.get(sid);
        if (first === undefined) firstWith.set(sid, k);
        else local.union(first, k);
      }
    });
    // Posters and a few members of each (their texts are compared below).
    const posters = new Map<number, number[]>();
    for (let k = 0; k < members.length; k++) {
      if (!hasStrong[k]) continue;
      const root = local.find(k);
      const list = posters.get(root);
      if (!list) posters.set(root, [k]);
      else if (list.length < SAMPLE) list.push(k);
    }
    if (posters.size < 2) continue;
    let largest = -1;
    for (const root of posters.keys())
      if (largest < 0 || local.setSize(root) > local.setSize(largest)) largest = root;
    // A poster whose text is as close to the largest poster's as copies of one lure are is the
    // same author with another number: the template still links it.
    const main = posters.get(largest) as number[];
    let split = false;
    for (const [root, sample] of posters) {
      if (root === largest) continue;
      let best = 0;
      for (const a of sample)
        for (const b of main) best = Math.max(best, similarity(members[a] as number, members[b] as number));
      if (best >= sameText) local.union(root, largest);
      else split = true;
    }
    if (!split) continue;
    sharedTemplates++;
    const top = local.find(largest);
    members.forEach((item, k) => {
      const root = local.find(k);
      const poster = hasStrong[k] ? root : top;
      // A unit is named by one of its items, so it stays an item index like a template root.
      unitOf[item] = members[poster] as number;
    });
  }
  return { unitOf, sharedTemplates };
}
