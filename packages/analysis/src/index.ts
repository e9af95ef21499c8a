export { NearDuplicateFinder, type NearDuplicateOptions } from './dedup/near-duplicates.ts';
export type { SlotLabel } from './dedup/slot-label.ts';
export { buildTemplate, type Template, type TemplateSlot } from './dedup/template.ts';
export { hashTokens, prepareText } from './dedup/tokenize.ts';
export type * from './linking/cluster-types.ts';
export { Clusterer, clusterItems } from './linking/clusterer.ts';
export { hammingDistance, linkImageHashes, parseImageHash } from './linking/image-links.ts';
export { UnionFind } from './linking/union-find.ts';
export * from './types.ts';
