import { findIndicators } from '../indicators/language-select.ts';
import type { IndicatorMatch, SelectorMatch } from '../types.ts';
import { classifyKind } from './classify-kind.ts';
import { type SelectorFacts, scoreItem } from './score-item.ts';

/** Indicators, kind and score of a lower-case text in a given language: what the pipeline does. */
export const assess = (
  text: string,
  lang: string,
  facts: SelectorFacts = {},
  selectors: SelectorMatch[] = [],
) => {
  const indicators: IndicatorMatch[] = findIndicators(text, lang);
  const { kind, reasons: kindReasons } = classifyKind(indicators, selectors);
  const { score, reasons } = scoreItem({ indicators, selectors, kind, selectorFacts: facts });
  return { indicators, ids: [...new Set(indicators.map((m) => m.id))], kind, kindReasons, score, reasons };
};
