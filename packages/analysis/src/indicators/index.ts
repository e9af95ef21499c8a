export {
  CATEGORY_LABELS,
  INDICATOR_CATEGORIES,
  type IndicatorCategory,
  isIndicatorCategory,
} from './categories.ts';
export { detectLanguage } from './language-detect.ts';
export { findIndicators, LEXICON_LANGUAGES, matchIndicators, primaryLanguages } from './language-select.ts';
export { type Lexicon, LexiconError, type LexiconIndicator, validateLexicon } from './lexicon-schema.ts';
export { LEXICONS } from './lexicons.ts';
export { compileMatcher, dedupeMatches, type Matcher } from './matcher.ts';
