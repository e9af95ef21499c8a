export { classifyKind } from './classify-kind.ts';
export { COMBINATIONS, KIND_POINTS, SATURATION, SCORING_VERSION } from './rules.ts';
export { RULES_VERSION } from './rules-version.ts';
export { type ScoreInput, type SelectorFacts, scoreItem } from './score-item.ts';
