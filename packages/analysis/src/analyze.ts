import { detectLanguage } from './indicators/language-detect.ts';
import { findIndicators } from './indicators/language-select.ts';
import { normalizeText } from './normalize/normalize-text.ts';
import { type NormalizedText, originalEnd, originalStart } from './normalize/normalized-text.ts';
import { classifyKind } from './scoring/classify-kind.ts';
import { RULES_VERSION } from './scoring/rules-version.ts';
import { type SelectorFacts, scoreItem } from './scoring/score-item.ts';
import { extractAllWith } from './selectors/extract-all.ts';
import { selectorKinds } from './selectors/index.ts';
import type {
  ExtractOptions,
  IndicatorMatch,
  ItemAnalysis,
  ItemInput,
  ItemKind,
  PreparedText,
  SelectorMatch,
} from './types.ts';

export interface AnalyzeOptions {
  /** Region for phone numbers without a country code when the item has no `country`. */
  defaultCountry?: string;
}

/** Everything about an item that does not depend on other items. */
export interface ItemExtraction {
  id: string;
  lang: string | undefined;
  kind: ItemKind;
  kindReasons: string[];
  selectors: SelectorMatch[];
  indicators: IndicatorMatch[];
}

/**
 * The text analysed for an item: the title (when there is one) and the body, one line apart.
 * All offsets in an analysis point into this string.
 */
export function analysisText(item: Pick<ItemInput, 'title' | 'text'>): string {
  const text = typeof item.text === 'string' ? item.text : '';
  return item.title ? `${item.title}\n${text}` : text;
}

/** Normalise, extract selectors, detect language, match indicators, classify. Pure. */
export function extractItem(item: ItemInput, options: AnalyzeOptions = {}): ItemExtraction {
  const raw = analysisText(item);
  const normalized = normalizeText(raw);
  const lang = item.lang || detectLanguage(normalized.text) || undefined;
  const extractOptions: ExtractOptions = {
    defaultCountry: options.defaultCountry,
    country: item.country,
    lang,
  };
  const prepared: PreparedText = { raw, normalized };
  const selectors = extractAllWith(selectorKinds, raw, extractOptions, prepared);
  const indicators = toOriginalMatches(findIndicators(normalized.text, lang), raw, normalized);
  const { kind, reasons } = classifyKind(indicators, selectors);
  return { id: item.id, lang, kind, kindReasons: reasons, selectors, indicators };
}

/**
 * The matches with offsets and text of the raw text instead of the normalised one. Each object is
 * built once, in the public key order (id, category, weight, lang, match, start, end), so that
 * serialising it needs no reshaping; a loop rather than map(), because tsx names every closure
 * made per item.
 */
function toOriginalMatches(found: IndicatorMatch[], raw: string, n: NormalizedText): IndicatorMatch[] {
  const out: IndicatorMatch[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const start = originalStart(n, m.start);
    const end = originalEnd(n, m.start, m.end);
    out[i] = {
      id: m.id,
      category: m.category,
      weight: m.weight,
      lang: m.lang,
      match: raw.slice(start, end),
      start,
      end,
    };
  }
  return out;
}

/** Score an extraction; `facts` carries what only a batch knows (a phone shared by many items). */
export function scoreExtraction(x: ItemExtraction, facts: SelectorFacts = {}): ItemAnalysis {
  const { score, reasons } = scoreItem({
    indicators: x.indicators,
    selectors: x.selectors,
    kind: x.kind,
    selectorFacts: facts,
  });
  return {
    id: x.id,
    lang: x.lang,
    kind: x.kind,
    kindReasons: x.kindReasons,
    score,
    reasons,
    selectors: x.selectors,
    indicators: x.indicators,
    rulesVersion: RULES_VERSION,
  };
}

/**
 * Analyse one item: selectors, indicators, language, kind and an explained risk score.
 *
 * @example analyzeItem({ id: '1', text: 'New girl 19yo, call 5 o 3 * 7 2 4 * 3 o 1 6' }).selectors[0]?.value === '+15037243016'
 */
export function analyzeItem(
  item: ItemInput,
  options: AnalyzeOptions = {},
  facts: SelectorFacts = {},
): ItemAnalysis {
  return scoreExtraction(extractItem(item, options), facts);
}
