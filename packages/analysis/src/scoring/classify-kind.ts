import type { IndicatorMatch, ItemKind, SelectorMatch } from '../types.ts';

/** Lower case, without a copy for the usual text that has no upper-case letter. */
function lower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

/**
 * Distinct matched terms (lower-cased match text) of the kind categories, in order of appearance.
 * Youth and third-party terms are only ever tested for presence, so they are not collected.
 */
interface KindEvidence {
  sex: string[];
  youth: boolean;
  thirdParty: boolean;
  emoji: string[];
  job: string[];
  deceptive: string[];
  coercive: string[];
  massage: string[];
  /** Largest massage weight (0 when none). */
  massageWeight: number;
}

/** Array.includes for strings, inlined: the builtin call costs more than these short lists. */
function includes(list: readonly string[], s: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === s) return true;
  return false;
}

function addTerm(terms: string[], match: string): void {
  const term = lower(match);
  if (!includes(terms, term)) terms.push(term);
}

/** Scratch evidence, emptied on each call: classifyKind is synchronous and copies what it returns. */
const EVIDENCE: KindEvidence = {
  sex: [],
  youth: false,
  thirdParty: false,
  emoji: [],
  job: [],
  deceptive: [],
  coercive: [],
  massage: [],
  massageWeight: 0,
};

function evidenceOf(indicators: readonly IndicatorMatch[]): KindEvidence {
  const e = EVIDENCE;
  e.sex.length = 0;
  e.youth = false;
  e.thirdParty = false;
  e.emoji.length = 0;
  e.job.length = 0;
  e.deceptive.length = 0;
  e.coercive.length = 0;
  e.massage.length = 0;
  e.massageWeight = 0;
  for (let i = 0; i < indicators.length; i++) {
    const m = indicators[i]!;
    switch (m.category) {
      case 'commercial_sex_offer':
        addTerm(e.sex, m.match);
        break;
      case 'youth_language':
        e.youth = true;
        break;
      case 'third_party_control':
        e.thirdParty = true;
        break;
      case 'emoji_codes':
        addTerm(e.emoji, m.match);
        break;
      case 'job_offer':
        addTerm(e.job, m.match);
        break;
      case 'deceptive_recruitment':
        addTerm(e.deceptive, m.match);
        break;
      case 'coercive_recruitment':
        addTerm(e.coercive, m.match);
        break;
      case 'massage':
        addTerm(e.massage, m.match);
        if (m.weight > e.massageWeight) e.massageWeight = m.weight;
        break;
    }
  }
  return e;
}

/** The first five terms, quoted, comma-separated. */
function list(terms: readonly string[]): string {
  const n = Math.min(5, terms.length);
  let s = '';
  for (let i = 0; i < n; i++) s += i === 0 ? `"${terms[i]}"` : `, "${terms[i]}"`;
  return s;
}

/** The deceptive terms, then the coercive ones not among them (the union, in order). */
function union(a: readonly string[], b: readonly string[]): string[] {
  const out = a.slice();
  for (let i = 0; i < b.length; i++) if (!includes(out, b[i]!)) out.push(b[i]!);
  return out;
}

const ADULT_PLATFORMS = /^(onlyfans|fansly):/u;

/**
 * The kind of an item, with the evidence behind it. Kinds are tested in priority order
 * (commercial sex, recruitment, massage, other) and each test only asks whether enough evidence
 * is present, so adding evidence can only move an item up that order: the score stays monotone.
 * A job offer for "massage salon staff abroad" is recruitment; an erotic massage ad with sexual
 * service terms is commercial sex.
 */
export function classifyKind(
  indicators: readonly IndicatorMatch[],
  selectors: readonly SelectorMatch[] = [],
): { kind: ItemKind; reasons: string[] } {
  const e = evidenceOf(indicators);
  let adultHandle = false;
  let contact = false;
  for (let i = 0; i < selectors.length; i++) {
    const s = selectors[i]!;
    if (s.type === 'handle' && ADULT_PLATFORMS.test(s.value)) adultHandle = true;
    if (s.type === 'phone' || s.type === 'handle' || s.type === 'email') contact = true;
  }

  const sex = e.sex.length;
  const sexSupport = e.youth || e.thirdParty || e.emoji.length > 0 || adultHandle;
  if (sex >= 2 || (sex === 1 && sexSupport)) {
    const reasons = [`commercial-sex terms: ${list(e.sex)}`];
    if (sex === 1 && adultHandle) reasons.push('link to an adult-content platform');
    if (sex === 1 && e.thirdParty) reasons.push('third party offering the person');
    if (sex === 1 && e.youth) reasons.push('youth language');
    if (sex === 1 && e.emoji.length > 0) reasons.push(`emoji codes: ${list(e.emoji)}`);
    return { kind: 'commercial_sex', reasons };
  }

  const job = e.job.length;
  const lure = e.deceptive.length + e.coercive.length;
  if (job >= 2 || (job >= 1 && lure >= 1) || lure >= 2) {
    const reasons: string[] = [];
    if (job > 0) reasons.push(`job-offer terms: ${list(e.job)}`);
    if (lure > 0) reasons.push(`recruitment promises or conditions: ${list(union(e.deceptive, e.coercive))}`);
    return { kind: 'recruitment', reasons };
  }

  const massage = e.massage.length;
  if (e.massageWeight >= 4 || massage >= 2 || (massage === 1 && (contact || sex === 1))) {
    const reasons = [`massage terms: ${list(e.massage)}`];
    if (massage === 1 && sex === 1) reasons.push(`with a commercial-sex term: ${list(e.sex)}`);
    else if (massage === 1 && e.massageWeight < 4) reasons.push('with contact details');
    return { kind: 'massage', reasons };
  }

  const reasons: string[] = [];
  if (sex === 1) reasons.push(`only one commercial-sex term: ${list(e.sex)}`);
  if (job === 1) reasons.push(`only one job-offer term: ${list(e.job)}`);
  if (reasons.length === 0) reasons.push('no commercial-sex, recruitment or massage evidence');
  return { kind: 'other', reasons };
}
