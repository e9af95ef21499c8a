import type { IndicatorCategory } from '../indicators/categories.ts';
import type { ItemKind } from '../types.ts';

/**
 * The scoring rules in one place, so that a reviewer reads them like a table. Rationale in
 * packages/analysis/lexicons/README.md. Any change here bumps SCORING_VERSION.
 */
export const SCORING_VERSION = '2026.11.1';

/** Saturation constant: score = 100 * (1 - exp(-points / K)). 20 points ≈ 43, 35 ≈ 63, 70 ≈ 86. */
export const SATURATION = 35;

/** Each further distinct indicator of a category counts half as much as the one before. */
export const CATEGORY_DECAY = 0.5;

/** Negative (protective) points can cancel at most this much. */
export const MAX_PROTECTIVE = 25;

/**
 * Categories that only mean something in a context, and the categories that make that context.
 * Trust language and stated ethnicity are NIJ predictors studied on sex ads ("honest workers
 * wanted", "Polish company" are ordinary); youth words and emoji are ordinary in classifieds
 * ("bike for a little girl", 🍒 cherries) but not in a sex ad or a job offer. Outside their
 * context these count a quarter.
 */
const SEX: IndicatorCategory[] = ['commercial_sex_offer', 'massage'];
const SEX_OR_JOB: IndicatorCategory[] = [
  ...SEX,
  'job_offer',
  'deceptive_recruitment',
  'coercive_recruitment',
];
export const CONTEXT_GATED: ReadonlyMap<IndicatorCategory, readonly IndicatorCategory[]> = new Map([
  ['trust_language', SEX],
  ['stated_ethnicity', SEX],
  ['emoji_codes', SEX],
  ['youth_language', SEX_OR_JOB],
]);
export const OUT_OF_CONTEXT_FACTOR = 0.25;

/** Base points of the item kind; ordered like the kind priority so that the score stays monotone. */
export const KIND_POINTS: Record<ItemKind, number> = {
  commercial_sex: 6,
  recruitment: 4,
  massage: 3,
  other: 0,
};

export const FACT_POINTS = {
  /** Obscured phone numbers predicted trafficking (NIJ). */
  obfuscatedPhone: 10,
  /** Other selectors written to evade search (spelled-out e-mail, spaced handles). */
  obfuscatedContact: 5,
  /** Crypto addresses and no other way to pay. */
  cryptoOnly: 6,
  /** Phone shared by many items: 4 points per doubling beyond one item, at most 12. */
  sharedPhonePerDoubling: 4,
  sharedPhoneMax: 12,
} as const;

export interface Combination {
  code: string;
  label: string;
  points: number;
  /**
   * Every group must be satisfied; a group is satisfied by any of its entries. An entry is a
   * category, or an indicator id suffix starting with '.' (ids follow one template in every
   * lexicon, so '.deceptive.women_only' means that indicator in any language).
   */
  all: (IndicatorCategory | `.${string}`)[][];
  /** Also satisfied by an obfuscated phone (selector fact) in place of the last group. */
  orObfuscatedPhone?: boolean;
}

export const COMBINATIONS: readonly Combination[] = [
  {
    code: 'combo.lure_vulnerable',
    label: 'deceptive job offer aimed at vulnerable people (refugees, no papers, debt)',
    points: 12,
    // The third group tells a job offer from an aid notice ("free housing for refugees").
    all: [
      ['deceptive_recruitment'],
      ['abuse_of_vulnerability'],
      ['job_offer', 'coercive_recruitment', '.deceptive.easy_money', '.deceptive.women_only'],
    ],
  },
  {
    code: 'combo.women_abroad',
    label: 'work abroad offered only to (young) women, with travel or housing arranged',
    points: 10,
    all: [['.deceptive.women_only'], ['.deceptive.abroad']],
  },
  {
    code: 'combo.recruitment_exploitation',
    label: 'recruitment with debt, retained documents or exploitative conditions',
    points: 8,
    all: [
      ['deceptive_recruitment', 'job_offer'],
      ['coercive_recruitment', 'control_and_coercion', 'exploitative_conditions'],
    ],
  },
  {
    code: 'combo.sex_youth',
    label: 'commercial sex with youth language or youth emoji (possible minor)',
    points: 10,
    all: [['commercial_sex_offer', 'massage'], ['youth_language']],
  },
  {
    code: 'combo.sex_vulnerable',
    label: 'commercial sex offered with a vulnerable person (refugee, minor, debt)',
    points: 8,
    all: [
      ['commercial_sex_offer', 'massage'],
      ['abuse_of_vulnerability', 'control_and_coercion'],
    ],
  },
  {
    code: 'combo.sex_third_party',
    label: 'commercial sex managed by a third party',
    points: 6,
    all: [['commercial_sex_offer', 'massage'], ['third_party_control']],
  },
  {
    code: 'combo.trust_obscured',
    label: 'trust language together with obscured contact (the two strongest NIJ predictors)',
    points: 6,
    all: [['trust_language'], ['obscured_contact']],
    orObfuscatedPhone: true,
  },
];
