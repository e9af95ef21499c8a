import { detached } from '../detached.ts';
import type { IndicatorMatch, ItemKind, SelectorMatch } from '../types.ts';

/** Lower case, without a copy for the usual text that has no upper-case letter. */
function lower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 65 && c <= 90)) return lowerSeen(s);
  }
  return s;
}

/**
 * Matches lower-cased before, handed out again: the matched terms are few and recur from item to
 * item, and toLowerCase of a non-ASCII text (most of them: accents, Cyrillic, emoji) is a call
 * into ICU. Kept as copies (a match is a slice of its item's whole text), dropped past MAX_LOWERED.
 */
const LOWERED = new Map<string, string>();
const MAX_LOWERED = 10_000;

function lowerSeen(s: string): string {
  let l = LOWERED.get(s);
  if (l === undefined) {
    if (LOWERED.size >= MAX_LOWERED) LOWERED.clear();
    l = detached(s.toLowerCase());
    LOWERED.set(detached(s), l);
  }
  return l;
}

/**
 * Distinct matched terms (lower-cased match text) of the kind categories, in order of appearance.
 * Youth and third-party terms are only ever tested for presence, so they are not collected.
 */
interface KindEvidence {
  sex: Terms;
  youth: boolean;
  thirdParty: boolean;
  emoji: Terms;
  job: Terms;
  deceptive: Terms;
  coercive: Terms;
  massage: Terms;
  /** Largest massage weight (0 when none). */
  massageWeight: number;
}

/**
 * A list of terms in a reused array: `n` counts them, so that emptying it is `n = 0` (setting an
 * array's length to 0 is a builtin call and drops its storage, which the next push allocates again).
 */
interface Terms {
  list: string[];
  n: number;
}

const terms = (): Terms => ({ list: [], n: 0 });

function addTerm(t: Terms, match: string): void {
  const term = lower(match);
  const list = t.list;
  for (let i = 0; i < t.n; i++) if (list[i] === term) return;
  list[t.n++] = term;
}

/** Scratch evidence, emptied on each call: classifyKind is synchronous and copies what it returns. */
const EVIDENCE: KindEvidence = {
  sex: terms(),
  youth: false,
  thirdParty: false,
  emoji: terms(),
  job: terms(),
  deceptive: terms(),
  coercive: terms(),
  massage: terms(),
  massageWeight: 0,
};

/**
 * The deciding categories as small numbers: one lookup per match (its category string is shared,
 * its hash known) instead of a string comparison per case of a switch.
 */
const SEX = 1;
const YOUTH = 2;
const THIRD_PARTY = 3;
const EMOJI = 4;
const JOB = 5;
const DECEPTIVE = 6;
const COERCIVE = 7;
const MASSAGE = 8;
const KIND_CATEGORY = new Map<string, number>([
  ['commercial_sex_offer', SEX],
  ['youth_language', YOUTH],
  ['third_party_control', THIRD_PARTY],
  ['emoji_codes', EMOJI],
  ['job_offer', JOB],
  ['deceptive_recruitment', DECEPTIVE],
  ['coercive_recruitment', COERCIVE],
  ['massage', MASSAGE],
]);

function evidenceOf(indicators: readonly IndicatorMatch[]): KindEvidence {
  const e = EVIDENCE;
  e.sex.n = 0;
  e.youth = false;
  e.thirdParty = false;
  e.emoji.n = 0;
  e.job.n = 0;
  e.deceptive.n = 0;
  e.coercive.n = 0;
  e.massage.n = 0;
  e.massageWeight = 0;
  for (let i = 0; i < indicators.length; i++) {
    const m = indicators[i]!;
    switch (KIND_CATEGORY.get(m.category)) {
      case SEX:
        addTerm(e.sex, m.match);
        break;
      case YOUTH:
        e.youth = true;
        break;
      case THIRD_PARTY:
        e.thirdParty = true;
        break;
      case EMOJI:
        addTerm(e.emoji, m.match);
        break;
      case JOB:
        addTerm(e.job, m.match);
        break;
      case DECEPTIVE:
        addTerm(e.deceptive, m.match);
        break;
      case COERCIVE:
        addTerm(e.coercive, m.match);
        break;
      case MASSAGE:
        addTerm(e.massage, m.match);
        if (m.weight > e.massageWeight) e.massageWeight = m.weight;
        break;
    }
  }
  return e;
}

/** The first five terms, quoted, comma-separated. */
function list(terms: readonly string[], count = terms.length): string {
  const n = Math.min(5, count);
  let s = '';
  for (let i = 0; i < n; i++) s += i === 0 ? `"${terms[i]}"` : `, "${terms[i]}"`;
  return s;
}

/** list() of Terms. */
const listOf = (t: Terms): string => list(t.list, t.n);

/** The deceptive terms, then the coercive ones not among them (the union, in order). */
function union(a: Terms, b: Terms): string[] {
  const out = a.list.slice(0, a.n);
  const n = out.length;
  next: for (let i = 0; i < b.n; i++) {
    const term = b.list[i]!;
    for (let k = 0; k < n; k++) if (out[k] === term) continue next;
    out.push(term);
  }
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

  const sex = e.sex.n;
  const sexSupport = e.youth || e.thirdParty || e.emoji.n > 0 || adultHandle;
  if (sex >= 2 || (sex === 1 && sexSupport)) {
    const reasons = [`commercial-sex terms: ${listOf(e.sex)}`];
    if (sex === 1 && adultHandle) reasons.push('link to an adult-content platform');
    if (sex === 1 && e.thirdParty) reasons.push('third party offering the person');
    if (sex === 1 && e.youth) reasons.push('youth language');
    if (sex === 1 && e.emoji.n > 0) reasons.push(`emoji codes: ${listOf(e.emoji)}`);
    return { kind: 'commercial_sex', reasons };
  }

  const job = e.job.n;
  const lure = e.deceptive.n + e.coercive.n;
  if (job >= 2 || (job >= 1 && lure >= 1) || lure >= 2) {
    const reasons: string[] = [];
    if (job > 0) reasons.push(`job-offer terms: ${listOf(e.job)}`);
    if (lure > 0) reasons.push(`recruitment promises or conditions: ${list(union(e.deceptive, e.coercive))}`);
    return { kind: 'recruitment', reasons };
  }

  const massage = e.massage.n;
  if (e.massageWeight >= 4 || massage >= 2 || (massage === 1 && (contact || sex === 1))) {
    const reasons = [`massage terms: ${listOf(e.massage)}`];
    if (massage === 1 && sex === 1) reasons.push(`with a commercial-sex term: ${listOf(e.sex)}`);
    else if (massage === 1 && e.massageWeight < 4) reasons.push('with contact details');
    return { kind: 'massage', reasons };
  }

  const reasons: string[] = [];
  if (sex === 1) reasons.push(`only one commercial-sex term: ${listOf(e.sex)}`);
  if (job === 1) reasons.push(`only one job-offer term: ${listOf(e.job)}`);
  if (reasons.length === 0) reasons.push('no commercial-sex, recruitment or massage evidence');
  return { kind: 'other', reasons };
}
