import type { ClusterItem } from '@vigil/analysis';
import * as analysis from '@vigil/analysis';

/**
 * Selectors, score and language for plain items (lines without `selectors`). The analysis
 * pipeline (`analyzeItem`) is being built alongside this command; it is looked up on the
 * package's public surface at run time and used as soon as it is exported. Until then plain
 * items are clustered on their text and images only, and the command says so.
 */
type AnalyzeFn = (item: {
  id: string;
  text: string;
  title?: string;
  url?: string;
  platform?: string;
  country?: string;
  lang?: string;
}) => unknown;

export interface Enricher {
  available: boolean;
  enrich(item: ClusterItem, url?: string): void;
}

interface AnalysisLike {
  lang?: unknown;
  score?: unknown;
  selectors?: unknown;
}

export function createEnricher(): Enricher {
  const analyze = (analysis as Record<string, unknown>).analyzeItem as AnalyzeFn | undefined;
  if (typeof analyze !== 'function') return { available: false, enrich: () => {} };
  return {
    available: true,
    enrich(item, url) {
      let result: AnalysisLike;
      try {
        result = (analyze({
          id: item.id,
          text: item.text ?? '',
          title: item.title,
          url,
          platform: item.platform,
          country: item.country,
          lang: item.lang,
        }) ?? {}) as AnalysisLike;
      } catch {
        return; // hostile text must not stop a run; the item is still clustered on its text
      }
      const found = Array.isArray(result.selectors)
        ? result.selectors.filter(
            (s): s is { type: string; value: string } =>
              typeof s === 'object' &&
              s !== null &&
              typeof s.type === 'string' &&
              typeof s.value === 'string',
          )
        : [];
      item.selectors = [...(item.selectors ?? []), ...found.map((s) => ({ type: s.type, value: s.value }))];
      if (typeof result.score === 'number') item.score = result.score;
      if (typeof result.lang === 'string' && !item.lang) item.lang = result.lang;
    },
  };
}
