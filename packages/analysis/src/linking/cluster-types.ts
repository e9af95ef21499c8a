import type { SlotLabel } from '../dedup/slot-label.ts';

/** One item to cluster: plain item fields plus what analysis found (selectors, score). */
export interface ClusterItem {
  id: string;
  text?: string;
  title?: string;
  platform?: string;
  country?: string;
  lang?: string;
  /** Risk score 0..100 from analysis, when known. */
  score?: number;
  /** Canonical selectors; strong types link items, weak ones (url, domain, city) never alone. */
  selectors?: readonly { type: string; value: string }[];
  /** Perceptual hashes of the item's images, 16 hex digits (64 bits) each. */
  imageHashes?: readonly string[];
}

export interface ClusterOptions {
  /** Jaccard similarity of word shingles for near-duplicates (default 0.5). */
  threshold?: number;
  /** Smallest group reported (default 2). */
  minSize?: number;
  /** A selector in at least max(hubMinItems, hubFraction * items) items may be a hub (defaults 20, 0.001). */
  hubMinItems?: number;
  hubFraction?: number;
  /** ...and is one when its items fall into at least this many distinct template groups (default 15); see hubs.ts. */
  hubMinClusters?: number;
  /** Highest Hamming distance between two 64-bit image hashes that still links them (default 4). */
  imageDistance?: number;
  /** Networks with more units (template groups and single items) than this are split by Louvain (default 8). */
  splitAbove?: number;
  /**
   * Cross-language groups: how closely the translation-invariant parts of two template groups
   * (slot order, emoji, numbers, handles, proper names) must agree, as a Dice similarity 0..1
   * (default 0.8); they must also share a strong selector. 1.1 or more turns the linking off.
   */
  translationSimilarity?: number;
  /** Milliseconds clock for phase timings in `stats` (analysis itself reads no clock). */
  clock?: () => number;
}

export interface SharedSelector {
  type: string;
  value: string;
  /** Members of the group that carry it. */
  count: number;
  /** Weak selectors are shown but never link items on their own. */
  strong: boolean;
}

export interface ClusterGroup {
  id: string;
  /**
   * template: near-duplicates in one language; lure: template groups of one lure translated
   * into several languages; network: everything linked by templates, selectors and images.
   */
  kind: 'template' | 'lure' | 'network';
  size: number;
  members: string[];
  /** kind template: the shared text with slots. */
  template?: string;
  slots?: { label: SlotLabel; values: string[] }[];
  /**
   * kind network and lure: the template groups its members come from (a lure built from one
   * poster's share of a template that separate posters use lists that whole template).
   */
  templates?: string[];
  /** Selectors carried by at least two members, most central (most members) first. */
  selectors: SharedSelector[];
  /** Highest risk score of a member (0 when unknown). */
  score: number;
  /** Ranking value combining size, risk and spread; groups are listed by it. */
  rank: number;
  platforms: string[];
  languages: string[];
  countries: string[];
}

export interface HubSelector {
  type: string;
  value: string;
  items: number;
  /** Distinct template groups (or single items) among those items. */
  clusters: number;
}

export interface ClusterStats {
  items: number;
  duplicateIds: number;
  emptyTexts: number;
  verifiedPairs: number;
  largestBucket: number;
  images: number;
  imageLinks: number;
  /** Template groups in different languages compared for being one lure, and links made. */
  translationCandidates: number;
  translationLinks: number;
  /** Template groups used by separate posters (their text does not link those posters). */
  sharedTemplates: number;
  /** Time per phase, when a `clock` was given. */
  milliseconds: Record<string, number>;
}

export interface ClusterResult {
  groups: ClusterGroup[];
  hubs: HubSelector[];
  stats: ClusterStats;
}
