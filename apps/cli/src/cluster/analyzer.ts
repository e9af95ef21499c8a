import { analyzeItem, type ClusterItem } from '@vigil/analysis';

/** Fills in selectors, score and language for plain items (lines without `selectors`). */
export interface Enricher {
  enrich(item: ClusterItem, url?: string): void;
}

/**
 * The analysis pipeline (`analyzeItem`: normalise, selectors, indicators, score) applied to a
 * plain item, so `vigil cluster` links raw items by phone, e-mail, handle and the rest just as
 * it links `vigil scan` output.
 */
export function createEnricher(): Enricher {
  return {
    enrich(item, url) {
      try {
        const result = analyzeItem({
          id: item.id,
          text: item.text ?? '',
          title: item.title,
          url,
          platform: item.platform,
          country: item.country,
          lang: item.lang,
        });
        item.selectors = [
          ...(item.selectors ?? []),
          ...result.selectors.map((s) => ({ type: s.type, value: s.value })),
        ];
        item.score = result.score;
        if (!item.lang && result.lang) item.lang = result.lang;
      } catch {
        // Hostile text must not stop a run: the item is still clustered on its text and images.
      }
    },
  };
}
