import type { HubSelector } from './cluster-types.ts';
import type { ItemStore } from './item-store.ts';
import type { SelectorIndex } from './selector-index.ts';

export interface HubOptions {
  minItems: number;
  fraction: number;
  minClusters: number;
}

/** Share of a selector's items that sit in distinct groups, above which it looks like a hub. */
const SPREAD = 0.5;
/** Distinct groups above which a selector is a hub whatever its spread. */
const CLUSTERS_ALWAYS_HUB = 200;

/**
 * Hub selectors: values so common that linking on them would glue unrelated groups together (an
 * agency switchboard, a platform's own contact address). A strong selector is a hub when it
 * appears in at least max(minItems, fraction * items) items, those items fall into at least
 * `minClusters` distinct template groups (single items count as their own group), and either
 * most of its items are in distinct groups (spread >= 0.5) or it touches 200 groups or more.
 * The spread test keeps a trafficker's number on many copies of a few lures linking: a hub is
 * frequent *and* spread over unrelated texts. Weak selectors never link, so they are never hubs.
 * `clusterOf[i]` is the template group (near-duplicate root) of item i.
 */
export function findHubs(
  store: ItemStore,
  index: SelectorIndex,
  clusterOf: (item: number) => number,
  options: HubOptions,
): { isHub: Uint8Array; hubs: HubSelector[] } {
  const selectorCount = store.selectors.count;
  const isHub = new Uint8Array(selectorCount);
  const hubs: HubSelector[] = [];
  const minItems = Math.max(options.minItems, Math.ceil(options.fraction * store.size), 2);
  for (let sid = 0; sid < selectorCount; sid++) {
    const count = index.count(sid);
    if (count < minItems || !store.isStrong(sid)) continue;
    const distinct = new Set<number>();
    for (let k = index.starts[sid] as number; k < (index.starts[sid + 1] as number); k++) {
      distinct.add(clusterOf(index.items[k] as number));
    }
    if (distinct.size < options.minClusters) continue;
    if (distinct.size / count < SPREAD && distinct.size < CLUSTERS_ALWAYS_HUB) continue;
    isHub[sid] = 1;
    hubs.push({
      type: store.selectorType(sid),
      value: store.selectorValue(sid),
      items: count,
      clusters: distinct.size,
    });
  }
  hubs.sort((a, b) => b.items - a.items);
  return { isHub, hubs };
}
