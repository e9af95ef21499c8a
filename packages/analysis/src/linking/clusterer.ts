import { NearDuplicateFinder } from '../dedup/near-duplicates.ts';
import { buildTemplate } from '../dedup/template.ts';
import type { ClusterGroup, ClusterItem, ClusterOptions, ClusterResult } from './cluster-types.ts';
import { findHubs } from './hubs.ts';
import { linkImageHashes, parseImageHash } from './image-links.ts';
import { ItemStore } from './item-store.ts';
import { buildLureGroups } from './lure-groups.ts';
import { buildNetworks } from './networks.ts';
import { posterUnits } from './posters.ts';
import { buildSelectorIndex } from './selector-index.ts';
import { summarizeGroup } from './summary.ts';

const TEMPLATE_SAMPLE = 6;
/**
 * Jaccard similarity at which two posters' texts count as copies of one lure (so the template
 * still links them in a network). Measured on the benchmark corpus: copies of one lure by one
 * operator with other numbers score 0.7-1.0, look-alike lures of different operators 0.3-0.7.
 */
const SAME_TEXT = 0.8;

/**
 * The linking engine, streaming: `add` items one by one (memory stays columnar), then `finish`
 * for template groups (near-duplicates with their template) and networks (templates, shared
 * strong selectors and near-identical images, split by community detection when large), ranked.
 */
export class Clusterer {
  private readonly options: Required<Omit<ClusterOptions, 'clock'>>;
  private readonly clock: (() => number) | undefined;
  private readonly store = new ItemStore();
  private readonly finder: NearDuplicateFinder;
  private readonly addText = (text: string) => {
    this.finder.add(text);
  };

  constructor(options: ClusterOptions = {}) {
    this.options = {
      threshold: options.threshold ?? 0.5,
      minSize: Math.max(2, options.minSize ?? 2),
      hubMinItems: options.hubMinItems ?? 20,
      hubFraction: options.hubFraction ?? 0.001,
      hubMinClusters: options.hubMinClusters ?? 15,
      imageDistance: options.imageDistance ?? 4,
      splitAbove: options.splitAbove ?? 8,
      translationSimilarity: options.translationSimilarity ?? 0.8,
    };
    this.clock = options.clock;
    this.finder = new NearDuplicateFinder({ threshold: this.options.threshold });
  }

  add(item: ClusterItem): void {
    if (!item || typeof item !== 'object') {
      this.store.duplicateIds++;
      return;
    }
    this.store.add(item, this.addText);
  }

  finish(): ClusterResult {
    const { store, options } = this;
    const ms: Record<string, number> = {};
    const clock = this.clock;
    let t = clock?.() ?? 0;
    const lap = (name: string) => {
      if (!clock) return;
      const now = clock();
      ms[name] = Math.round(now - t);
      t = now;
    };
    const nd = this.finder.finish();
    const n = store.size;
    const roots = new Int32Array(n);
    for (let i = 0; i < n; i++) roots[i] = nd.clusters.find(i);
    lap('nearDuplicates');
    const { imageSelector, links } = this.linkImages();
    lap('images');
    const index = buildSelectorIndex(store, imageSelector);
    const { isHub, hubs } = findHubs(store, index, (i) => roots[i] as number, {
      minItems: options.hubMinItems,
      fraction: options.hubFraction,
      minClusters: options.hubMinClusters,
    });
    lap('selectors');
    const nearDuplicateGroups = nd.clusters.groups(options.minSize);
    const templateGroups = this.templateGroups(nearDuplicateGroups, roots, imageSelector, isHub);
    lap('templates');
    const templateIdOf = new Map<number, string>();
    for (const g of templateGroups) templateIdOf.set(g.root, g.group.id);
    const posters = posterUnits(
      store,
      imageSelector,
      isHub,
      (i) => roots[i] as number,
      nearDuplicateGroups,
      (a, b) => this.finder.similarity(a, b),
      SAME_TEXT,
    );
    lap('posters');
    const lures =
      options.translationSimilarity > 1
        ? { groups: [], candidates: 0, links: 0 }
        : buildLureGroups({
            store,
            index,
            imageSelector,
            isHub,
            templateGroups,
            unitOf: posters.unitOf,
            minSimilarity: options.translationSimilarity,
          });
    lap('translations');
    const networks = buildNetworks({
      store,
      index,
      imageSelector,
      isHub,
      unitOf: posters.unitOf,
      minSize: options.minSize,
      splitAbove: options.splitAbove,
    })
      .map((net) => {
        const summary = summarizeGroup(store, imageSelector, isHub, net.members);
        const templates = [...new Set(net.units.flatMap((u) => templateIdOf.get(roots[u] as number) ?? []))];
        return { net, summary, templates };
      })
      .sort((a, b) => b.summary.rank - a.summary.rank || b.net.members.length - a.net.members.length);
    const networkGroups: ClusterGroup[] = networks.map(({ net, summary, templates }, k) => ({
      id: `n${k + 1}`,
      kind: 'network',
      size: net.members.length,
      members: net.members.map((m) => store.ids[m] as string),
      templates,
      ...summary,
    }));
    lap('networks');
    return {
      groups: [...networkGroups, ...lures.groups, ...templateGroups.map((g) => g.group)],
      hubs,
      stats: {
        items: n,
        duplicateIds: store.duplicateIds,
        emptyTexts: nd.stats.emptyTexts,
        verifiedPairs: nd.stats.verified,
        largestBucket: nd.stats.largestBucket,
        images: store.imageHashes.values.length,
        imageLinks: links,
        translationCandidates: lures.candidates,
        translationLinks: lures.links,
        sharedTemplates: posters.sharedTemplates,
        milliseconds: ms,
      },
    };
  }

  private linkImages(): { imageSelector: Int32Array; links: number } {
    const hashes = this.store.imageHashes.values;
    const hi = new Uint32Array(hashes.length);
    const lo = new Uint32Array(hashes.length);
    hashes.forEach((h, i) => {
      const parsed = parseImageHash(h) ?? [0, 0];
      hi[i] = parsed[0];
      lo[i] = parsed[1];
    });
    const { clusters, links } = linkImageHashes(hi, lo, this.options.imageDistance);
    const imageSelector = new Int32Array(hashes.length);
    for (let i = 0; i < hashes.length; i++) {
      imageSelector[i] = this.store.selectors.id('image', hashes[clusters.find(i)] as string);
    }
    return { imageSelector, links };
  }

  private templateGroups(
    groups: number[][],
    roots: Int32Array,
    imageSelector: Int32Array,
    isHub: Uint8Array,
  ) {
    const { store } = this;
    const built = groups.map((members) => {
      const step = members.length / Math.min(members.length, TEMPLATE_SAMPLE);
      const picked = Array.from(
        { length: Math.min(members.length, TEMPLATE_SAMPLE) },
        (_, i) => members[Math.floor(i * step)] as number,
      );
      const template = buildTemplate(picked.map((m) => store.texts.get(m)));
      return { members, template, summary: summarizeGroup(store, imageSelector, isHub, members) };
    });
    built.sort((a, b) => b.summary.rank - a.summary.rank || b.members.length - a.members.length);
    return built.map(({ members, template, summary }, k) => ({
      root: roots[members[0] as number] as number,
      members,
      template,
      group: {
        id: `t${k + 1}`,
        kind: 'template' as const,
        size: members.length,
        members: members.map((m) => store.ids[m] as string),
        template: template.text,
        slots: template.slots,
        ...summary,
      },
    }));
  }
}

/** Cluster a list of items in one call. */
export function clusterItems(items: Iterable<ClusterItem>, options: ClusterOptions = {}): ClusterResult {
  const clusterer = new Clusterer(options);
  for (const item of items) clusterer.add(item);
  return clusterer.finish();
}
