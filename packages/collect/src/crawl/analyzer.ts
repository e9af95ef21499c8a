import type { ItemAnalysis, ItemInput } from '@vigil/analysis';

export type Analyzer = (item: ItemInput) => ItemAnalysis;

/**
 * The analysis engine's `analyzeItem`, when the analysis package provides it. Looked up at run
 * time so collection keeps working (without scores) while that function is absent.
 */
export async function loadAnalyzer(): Promise<Analyzer | undefined> {
  const mod = (await import('@vigil/analysis')) as Record<string, unknown>;
  const fn = mod.analyzeItem;
  return typeof fn === 'function' ? (fn as Analyzer) : undefined;
}

/** Analysis must never stop a crawl: hostile text that trips the engine leaves the item unscored. */
export function safeAnalyze(analyze: Analyzer | undefined, item: ItemInput): ItemAnalysis | undefined {
  if (!analyze) return undefined;
  try {
    return analyze(item);
  } catch {
    return undefined;
  }
}
