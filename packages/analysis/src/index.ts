export {
  type AnalyzeOptions,
  analysisText,
  analyzeItem,
  extractItem,
  type ItemExtraction,
  scoreExtraction,
} from './analyze.ts';
export { analyzeStream, BatchAnalyzer, type BatchOptions } from './analyze-batch.ts';
export { NearDuplicateFinder, type NearDuplicateOptions } from './dedup/near-duplicates.ts';
export type { SlotLabel } from './dedup/slot-label.ts';
export { buildTemplate, type Template, type TemplateSlot } from './dedup/template.ts';
export { hashTokens, prepareText } from './dedup/tokenize.ts';
export { detached } from './detached.ts';
export * from './indicators/index.ts';
export type * from './linking/cluster-types.ts';
export { Clusterer, clusterItems } from './linking/clusterer.ts';
export { hammingDistance, linkImageHashes, parseImageHash } from './linking/image-links.ts';
export { UnionFind } from './linking/union-find.ts';
export * from './matching/index.ts';
export * from './normalize/index.ts';
export * from './scoring/index.ts';
export {
  canonicalUrl,
  cryptoKind,
  domainKind,
  emailKind,
  extractAll,
  extractAllWith,
  HANDLE_SERVICES,
  handleKind,
  ibanKind,
  onionKind,
  parseCryptoAddress,
  registrableDomain,
  selectorKind,
  selectorKinds,
  urlKind,
} from './selectors/index.ts';
export { extractPhones, phoneKind } from './selectors/phone.ts';
export * from './types.ts';
