/**
 * Indicator categories. The first five follow the ILO/European Commission operational indicators
 * of trafficking (2009); the rest are advertisement signals from the NIJ study cited in BRIEF.md
 * and from practice (DIG/Memex). `protective_context` has negative weights: it marks awareness
 * and victim-support text (hotlines, warnings) so that a legitimate NGO notice scores low.
 */
export const INDICATOR_CATEGORIES = [
  'deceptive_recruitment',
  'coercive_recruitment',
  'abuse_of_vulnerability',
  'exploitative_conditions',
  'control_and_coercion',
  'commercial_sex_offer',
  'youth_language',
  'movement',
  'third_party_control',
  'trust_language',
  'stated_ethnicity',
  'obscured_contact',
  'crypto_only_payment',
  'emoji_codes',
  'massage',
  'job_offer',
  'protective_context',
] as const;

export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

const CATEGORY_SET: ReadonlySet<string> = new Set(INDICATOR_CATEGORIES);

export const isIndicatorCategory = (value: unknown): value is IndicatorCategory =>
  typeof value === 'string' && CATEGORY_SET.has(value);

/** Short human labels for reasons shown to investigators. */
export const CATEGORY_LABELS: Record<IndicatorCategory, string> = {
  deceptive_recruitment: 'deceptive recruitment',
  coercive_recruitment: 'coercive recruitment',
  abuse_of_vulnerability: 'abuse of vulnerability',
  exploitative_conditions: 'exploitative conditions',
  control_and_coercion: 'control and coercion',
  commercial_sex_offer: 'commercial-sex offer',
  youth_language: 'youth / minor language',
  movement: 'movement ("new in town")',
  third_party_control: 'third-party control',
  trust_language: 'trust language',
  stated_ethnicity: 'stated ethnicity or nationality',
  obscured_contact: 'obscured contact',
  crypto_only_payment: 'crypto-only payment',
  emoji_codes: 'emoji codes',
  massage: 'massage',
  job_offer: 'job offer',
  protective_context: 'awareness / victim-support context',
};
