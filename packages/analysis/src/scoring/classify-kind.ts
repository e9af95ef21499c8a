import type { IndicatorMatch, ItemKind, SelectorMatch } from '../types.ts';

/** Distinct matched terms (lower-cased match text) per category. */
const termsByCategory = (indicators: readonly IndicatorMatch[]): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const m of indicators) {
    const set = out.get(m.category) ?? new Set<string>();
    set.add(m.match.toLowerCase());
    out.set(m.category, set);
  }
  return out;
};

const list = (terms: Set<string> | undefined): string =>
  [...(terms ?? [])]
    .slice(0, 5)
    .map((t) => `"${t}"`)
    .join(', ');

const ADULT_PLATFORMS = /^(onlyfans|fansly):/u;

/**
 * The kind of an item, with the evidence behind it. Kinds are tested in priority order
 * (commercial sex, recruitment, massage, other) and each test only asks whether enough evidence
 * is present, so adding evidence can only move an item up that order: the score stays monotone.
 * A job offer for "massage salon staff abroad" is recruitment; an erotic massage ad with sexual
 * service terms is commercial sex.
 */
export const classifyKind = (
  indicators: readonly IndicatorMatch[],
  selectors: readonly SelectorMatch[] = [],
): { kind: ItemKind; reasons: string[] } => {
  const terms = termsByCategory(indicators);
  const count = (c: string): number => terms.get(c)?.size ?? 0;
  const has = (c: string): boolean => count(c) > 0;
  const maxWeight = (c: string): number =>
    indicators.reduce((m, i) => (i.category === c && i.weight > m ? i.weight : m), 0);
  const adultHandle = selectors.some((s) => s.type === 'handle' && ADULT_PLATFORMS.test(s.value));
  const contact = selectors.some((s) => s.type === 'phone' || s.type === 'handle' || s.type === 'email');

  const sex = count('commercial_sex_offer');
  const sexSupport = has('youth_language') || has('third_party_control') || has('emoji_codes') || adultHandle;
  if (sex >= 2 || (sex === 1 && sexSupport)) {
    const reasons = [`commercial-sex terms: ${list(terms.get('commercial_sex_offer'))}`];
    if (sex === 1 && adultHandle) reasons.push('link to an adult-content platform');
    if (sex === 1 && has('third_party_control')) reasons.push('third party offering the person');
    if (sex === 1 && has('youth_language')) reasons.push('youth language');
    if (sex === 1 && has('emoji_codes')) reasons.push(`emoji codes: ${list(terms.get('emoji_codes'))}`);
    return { kind: 'commercial_sex', reasons };
  }

  const job = count('job_offer');
  const lure = count('deceptive_recruitment') + count('coercive_recruitment');
  if (job >= 2 || (job >= 1 && lure >= 1) || lure >= 2) {
    const reasons: string[] = [];
    if (job > 0) reasons.push(`job-offer terms: ${list(terms.get('job_offer'))}`);
    if (lure > 0) {
      reasons.push(
        `recruitment promises or conditions: ${list(new Set([...(terms.get('deceptive_recruitment') ?? []), ...(terms.get('coercive_recruitment') ?? [])]))}`,
      );
    }
    return { kind: 'recruitment', reasons };
  }

  const massage = count('massage');
  if (maxWeight('massage') >= 4 || massage >= 2 || (massage === 1 && (contact || sex === 1))) {
    const reasons = [`massage terms: ${list(terms.get('massage'))}`];
    if (massage === 1 && sex === 1)
      reasons.push(`with a commercial-sex term: ${list(terms.get('commercial_sex_offer'))}`);
    else if (massage === 1 && maxWeight('massage') < 4) reasons.push('with contact details');
    return { kind: 'massage', reasons };
  }

  const reasons: string[] = [];
  if (sex === 1) reasons.push(`only one commercial-sex term: ${list(terms.get('commercial_sex_offer'))}`);
  if (job === 1) reasons.push(`only one job-offer term: ${list(terms.get('job_offer'))}`);
  if (reasons.length === 0) reasons.push('no commercial-sex, recruitment or massage evidence');
  return { kind: 'other', reasons };
};
