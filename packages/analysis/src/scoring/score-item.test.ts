import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATOR_CATEGORIES } from '../indicators/categories.ts';
import type { IndicatorMatch, ItemKind } from '../types.ts';
import { classifyKind } from './classify-kind.ts';
import { RULES_VERSION } from './rules-version.ts';
import { scoreItem } from './score-item.ts';
import { assess } from './test-helpers.ts';

const m = (id: string, category: string, weight: number, match = id): IndicatorMatch => ({
  id,
  category,
  weight,
  lang: 'en',
  match,
  start: 0,
  end: match.length,
});

const positiveCategories = INDICATOR_CATEGORIES.filter((c) => c !== 'protective_context');
const indicatorArb = fc
  .record({
    n: fc.integer({ min: 0, max: 6 }),
    category: fc.constantFrom(...positiveCategories),
    weight: fc.integer({ min: 0, max: 15 }),
  })
  .map(({ n, category, weight }) => m(`en.${category}.i${n}`, category, weight));
const factsArb = fc.record({
  obfuscatedPhone: fc.boolean(),
  phoneItemCount: fc.integer({ min: 1, max: 50 }),
  cryptoOnly: fc.boolean(),
});
const kindArb = fc.constantFrom<ItemKind>('commercial_sex', 'massage', 'recruitment', 'other');

describe('scoreItem', () => {
  it('is an integer in 0..100 whose reasons sum exactly to it', () => {
    fc.assert(
      fc.property(fc.array(indicatorArb, { maxLength: 25 }), kindArb, factsArb, (indicators, kind, facts) => {
        const { score, reasons } = scoreItem({ indicators, kind, selectorFacts: facts });
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(reasons.reduce((a, r) => a + r.points, 0)).toBe(score);
        expect(scoreItem({ indicators, kind, selectorFacts: facts })).toEqual({ score, reasons });
      }),
    );
  });

  it('never goes down when an indicator is added (kind recomputed)', () => {
    fc.assert(
      fc.property(
        fc.array(indicatorArb, { maxLength: 15 }),
        indicatorArb,
        factsArb,
        (indicators, extra, facts) => {
          const before = scoreItem({
            indicators,
            kind: classifyKind(indicators).kind,
            selectorFacts: facts,
          }).score;
          const more = [...indicators, extra];
          const after = scoreItem({
            indicators: more,
            kind: classifyKind(more).kind,
            selectorFacts: facts,
          }).score;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never goes down when a selector fact is added', () => {
    fc.assert(
      fc.property(fc.array(indicatorArb, { maxLength: 10 }), kindArb, (indicators, kind) => {
        const base = scoreItem({ indicators, kind }).score;
        expect(
          scoreItem({ indicators, kind, selectorFacts: { obfuscatedPhone: true } }).score,
        ).toBeGreaterThanOrEqual(base);
        expect(
          scoreItem({ indicators, kind, selectorFacts: { phoneItemCount: 9 } }).score,
        ).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('counts repeats of one indicator once, and further indicators of a category less', () => {
    const one = scoreItem({ indicators: [m('en.a.x', 'youth_language', 12)], kind: 'other' }).score;
    const repeated = scoreItem({
      indicators: [m('en.a.x', 'youth_language', 12), m('en.a.x', 'youth_language', 12)],
      kind: 'other',
    }).score;
    const two = scoreItem({
      indicators: [m('en.a.x', 'youth_language', 12), m('en.a.y', 'youth_language', 12)],
      kind: 'other',
    }).score;
    expect(repeated).toBe(one);
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThan(2 * one);
  });

  it('lets awareness language lower the score, never below 0', () => {
    const lure = [m('en.d.a', 'deceptive_recruitment', 8), m('en.v.r', 'abuse_of_vulnerability', 6)];
    const plain = scoreItem({ indicators: lure, kind: 'recruitment' });
    const ngo = scoreItem({
      indicators: [...lure, m('en.p.h', 'protective_context', -10)],
      kind: 'recruitment',
    });
    expect(ngo.score).toBeLessThan(plain.score);
    expect(ngo.reasons.find((r) => r.code === 'en.p.h')!.points).toBeLessThan(0);
    expect(ngo.reasons.reduce((a, r) => a + r.points, 0)).toBe(ngo.score);
    const only = scoreItem({ indicators: [m('en.p.h', 'protective_context', -10)], kind: 'other' });
    expect(only.score).toBe(0);
  });

  it('gives trust language and stated ethnicity full weight only in a commercial-sex context', () => {
    const trust = m('en.t.r', 'trust_language', 10);
    const job = scoreItem({ indicators: [trust], kind: 'other' }).score;
    const sex = scoreItem({
      indicators: [trust, m('en.s.e', 'commercial_sex_offer', 0)],
      kind: 'other',
    }).score;
    expect(sex).toBeGreaterThan(job);
  });

  it('has a rules version naming the scoring rules and every lexicon', () => {
    expect(RULES_VERSION).toMatch(/^scoring@\d{4}\.\d+\.\d+;/);
    expect(RULES_VERSION).toContain('en@');
  });
});

describe('weights follow the research (BRIEF.md)', () => {
  it('an ad with only "new in town" scores low', () => {
    const r = assess('new in town, call me', 'en');
    expect(r.ids).toEqual(['en.movement.new_in_town']);
    expect(r.score).toBeLessThanOrEqual(5);
  });

  it('trust language + youth language + an obscured phone scores high', () => {
    const r = assess('100% real pics, sweet young girl, gfe incall. discreet', 'en', {
      obfuscatedPhone: true,
    });
    expect(r.kind).toBe('commercial_sex');
    expect(r.score).toBeGreaterThanOrEqual(70);
    const codes = r.reasons.map((x) => x.code);
    expect(codes).toEqual(
      expect.arrayContaining(['en.trust.real', 'en.youth.young', 'phone.obfuscated', 'combo.sex_youth']),
    );
  });

  it('"new in town" adds far less than trust language to the same ad', () => {
    const base = assess('gfe incall outcall', 'en').score;
    const moved = assess('gfe incall outcall new in town', 'en').score;
    const trusted = assess('gfe incall outcall 100% real pics', 'en').score;
    expect(moved - base).toBeLessThanOrEqual(2);
    expect(trusted - base).toBeGreaterThanOrEqual(8);
  });

  it('youth words and emoji in an ordinary classified ad stay low, not in a sex ad or a job offer', () => {
    expect(
      assess('selling a pink bike for a little girl, 🍒 sticker included', 'en').score,
    ).toBeLessThanOrEqual(15);
    expect(assess('little girl 🍒 gfe incall', 'en').score).toBeGreaterThanOrEqual(50);
    expect(assess('hiring young girls for work abroad', 'en').score).toBeGreaterThanOrEqual(30);
  });

  it('client screening barely moves the score', () => {
    const base = assess('gfe incall outcall', 'en').score;
    expect(assess('gfe incall outcall screening required', 'en').score - base).toBeLessThanOrEqual(2);
  });

  it('a lure for refugees (jobs, deception, vulnerability, debt, documents) scores very high', () => {
    const r = assess(
      'job offer for ukrainian women refugees: work abroad, free accommodation, no experience needed, high salary. travel costs will be deducted from your salary, we keep your passport.',
      'en',
    );
    expect(r.kind).toBe('recruitment');
    expect(r.score).toBeGreaterThanOrEqual(80);
    expect(r.reasons.map((x) => x.code)).toContain('combo.lure_vulnerable');
  });

  it('an ordinary job ad and an NGO refugee-aid notice score low', () => {
    const job = assess(
      'we are hiring a full time warehouse worker. salary 2,400 eur per month, employment contract, apply now and send your cv.',
      'en',
    );
    expect(job.kind).toBe('recruitment');
    expect(job.score).toBeLessThanOrEqual(20);
    const ngo = assess(
      'refugees from ukraine: free legal advice and help with housing. beware of fake job offers and never hand over your passport. if you are a victim of trafficking call the hotline.',
      'en',
    );
    expect(ngo.score).toBeLessThanOrEqual(15);
  });
});
