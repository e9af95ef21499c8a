import type { ItemStore } from './item-store.ts';

/** Items per selector (CSR): items[starts[s] .. starts[s+1]), each item listed once. */
export interface SelectorIndex {
  starts: Uint32Array;
  items: Uint32Array;
  count(sid: number): number;
}

/**
 * Invert item -> selectors into selector -> items, counting-sort style (two passes, no per-item
 * allocation). `imageSelector[imageId]` gives the selector id standing for each image's cluster
 * of near-identical images, so images behave like any other strong selector.
 */
export function buildSelectorIndex(store: ItemStore, imageSelector: Int32Array): SelectorIndex {
  const n = store.size;
  const selectorCount = store.selectors.count;
  const last = new Int32Array(selectorCount).fill(-1);
  const counts = new Uint32Array(selectorCount + 1);
  const visit = (fn: (item: number, sid: number) => void) => {
    last.fill(-1);
    const sIds = store.selectorIds.data;
    const sStarts = store.selectorStarts.data;
    const iIds = store.images.data;
    const iStarts = store.imageStarts.data;
    for (let i = 0; i < n; i++) {
      for (let k = sStarts[i] as number; k < (sStarts[i + 1] as number); k++) {
        const sid = sIds[k] as number;
        if (last[sid] !== i) {
          last[sid] = i;
          fn(i, sid);
        }
      }
      for (let k = iStarts[i] as number; k < (iStarts[i + 1] as number); k++) {
        const sid = imageSelector[iIds[k] as number] as number;
        if (last[sid] !== i) {
          last[sid] = i;
          fn(i, sid);
        }
      }
    }
  };
  visit((_, sid) => {
    counts[sid + 1] = (counts[sid + 1] as number) + 1;
  });
  for (let s = 0; s < selectorCount; s++) counts[s + 1] = (counts[s + 1] as number) + (counts[s] as number);
  const starts = counts.slice();
  const fill = counts.slice();
  const items = new Uint32Array(starts[selectorCount] as number);
  visit((item, sid) => {
    const at = fill[sid] as number;
    items[at] = item;
    fill[sid] = at + 1;
  });
  return {
    starts,
    items,
    count: (sid) => (starts[sid + 1] as number) - (starts[sid] as number),
  };
}

/** Selector ids of one item (images as their cluster's selector); may repeat a value. */
export function itemSelectors(store: ItemStore, imageSelector: Int32Array, item: number): number[] {
  const out: number[] = [];
  const s = store.selectorStarts.data;
  for (let k = s[item] as number; k < (s[item + 1] as number); k++)
    out.push(store.selectorIds.data[k] as number);
  const im = store.imageStarts.data;
  for (let k = im[item] as number; k < (im[item + 1] as number); k++) {
    out.push(imageSelector[store.images.data[k] as number] as number);
  }
  return out;
}
