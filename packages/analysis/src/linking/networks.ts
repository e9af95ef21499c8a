import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ItemStore } from './item-store.ts';
import { itemSelectors, type SelectorIndex } from './selector-index.ts';
import { UnionFind } from './union-find.ts';

export interface NetworkInput {
  store: ItemStore;
  index: SelectorIndex;
  /** Selector id standing for each image's cluster of near-identical images. */
  imageSelector: Int32Array;
  isHub: Uint8Array;
  /**
   * Linking unit of each item: its template group (near-duplicate root item), or its poster
   * within a template shared by separate posters (see posters.ts); an item alone is its own unit.
   */
  unitOf: Int32Array;
  /** Extra item pairs to join (for example cross-language slot agreement). */
  extraLinks?: Iterable<[number, number]>;
  minSize: number;
  splitAbove: number;
}

/** A network: item indices and the units (template groups or posters, by an item) it is made of. */
export interface Network {
  members: number[];
  units: number[];
}

/** Deterministic random numbers for Louvain (mulberry32), so a run can be repeated. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Networks: items joined by a shared template (unless separate posters share it), a shared
 * strong non-hub selector (phone, e-mail, handle, crypto, IBAN, image) or an extra link. Weak selectors never join. Connected components
 * that are large are split with Louvain community detection on a graph whose nodes are template
 * groups (never split) and selectors, so a component of a million copies costs one node.
 */
export function buildNetworks(input: NetworkInput): Network[] {
  const { store, index, isHub } = input;
  const n = store.size;
  const uf = new UnionFind(n);
  uf.ensure(n);
  const unitOf = input.unitOf;
  for (let i = 0; i < n; i++) uf.union(i, unitOf[i] as number);
  const selectorCount = store.selectors.count;
  for (let sid = 0; sid < selectorCount; sid++) {
    if (isHub[sid] || !store.isStrong(sid) || index.count(sid) < 2) continue;
    const first = index.items[index.starts[sid] as number] as number;
    for (let k = (index.starts[sid] as number) + 1; k < (index.starts[sid + 1] as number); k++) {
      uf.union(first, index.items[k] as number);
    }
  }
  for (const [a, b] of input.extraLinks ?? []) uf.union(a, b);
  const networks: Network[] = [];
  for (const members of uf.groups(input.minSize)) {
    const units = [...new Set(members.map((m) => unitOf[m] as number))];
    if (units.length < 2) continue;
    if (units.length <= input.splitAbove) networks.push({ members, units });
    else networks.push(...splitComponent(input, members, units));
  }
  return networks.filter((net) => net.members.length >= input.minSize && net.units.length >= 2);
}

function splitComponent(input: NetworkInput, members: number[], units: number[]): Network[] {
  const { store, index, isHub } = input;
  const graph = new UndirectedGraph();
  for (const u of units) graph.addNode(`u${u}`);
  const memberSet = new Set(members);
  const selectorsSeen = new Set<number>();
  for (const item of members) {
    for (const sid of itemSelectors(store, input.imageSelector, item)) selectorsSeen.add(sid);
  }
  for (const sid of selectorsSeen) {
    if (isHub[sid] || !store.isStrong(sid)) continue;
    const weights = new Map<number, number>();
    for (let k = index.starts[sid] as number; k < (index.starts[sid + 1] as number); k++) {
      const item = index.items[k] as number;
      if (!memberSet.has(item)) continue;
      const unit = input.unitOf[item] as number;
      weights.set(unit, (weights.get(unit) ?? 0) + 1);
    }
    if (weights.size < 2) continue;
    graph.addNode(`s${sid}`);
    for (const [unit, weight] of weights) graph.addEdge(`u${unit}`, `s${sid}`, { weight });
  }
  const communities = louvain(graph, { getEdgeWeight: 'weight', rng: seeded(members.length) });
  const byCommunity = new Map<number, Network>();
  const unitCommunity = new Map<number, number>();
  for (const u of units) {
    const c = communities[`u${u}`] ?? -1 - u;
    unitCommunity.set(u, c);
    let net = byCommunity.get(c);
    if (!net) {
      net = { members: [], units: [] };
      byCommunity.set(c, net);
    }
    net.units.push(u);
  }
  for (const item of members) {
    byCommunity.get(unitCommunity.get(input.unitOf[item] as number) as number)?.members.push(item);
  }
  return [...byCommunity.values()];
}
