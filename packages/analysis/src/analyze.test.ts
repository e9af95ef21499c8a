import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisText, analyzeItem, extractItem, holdItem, scoreExtraction, scoreHeld } from './analyze.ts';
import { analyzeStream, BatchAnalyzer } from './analyze-batch.ts';

describe('analyzeItem', () => {
  it('combines selectors, indicators, kind and an explained score with raw offsets', () => {
    const item = {
      id: 'a1',
      title: 'Nieuw meisje',
      text: 'Nieuw in de stad, 100% echt. Bel nul zes 1234 5678 of mail anna at gmail dot com',
      country: 'NL',
    };
    const r = analyzeItem(item);
    const raw = analysisText(item);
    const phone = r.selectors.find((s) => s.type === 'phone');
    expect(phone?.value).toBe('+31612345678');
    expect(phone?.flags).toContain('obfuscated');
    for (const s of r.selectors) expect(raw.slice(s.start, s.end)).toBe(s.raw);
    for (const m of r.indicators) expect(raw.slice(m.start, m.end)).toBe(m.match);
    expect(r.lang).toBe('nl');
    expect(r.score).toBeGreaterThan(0);
    expect(r.reasons.reduce((a, x) => a + x.points, 0)).toBe(r.score);
    expect(r.reasons.some((x) => x.code === 'phone.obfuscated')).toBe(true);
  });

  it('survives hostile input', () => {
    for (const text of [
      '',
      '\u0000\ud800',
      'x'.repeat(100_000),
      '🔟'.repeat(1000),
      '<script>alert(1)</script>',
    ]) {
      expect(() => analyzeItem({ id: 'h', text })).not.toThrow();
    }
    expect(() => analyzeItem({ id: 'h', text: undefined as unknown as string })).not.toThrow();
  });
});

describe('BatchAnalyzer', () => {
  it('counts a phone shared by several items into their scores, in input order', async () => {
    const items = [1, 2, 3, 4].map((i) => ({
      id: `i${i}`,
      text: `Sweet girl, call 0612345678 (${i})`,
      country: 'NL',
    }));
    items.push({ id: 'other', text: 'Sweet girl, call 0687654321', country: 'NL' });
    const out = [];
    for await (const a of analyzeStream(items, { window: 2 })) out.push(a);
    expect(out.map((a) => a.id)).toEqual(['i1', 'i2', 'i3', 'i4', 'other']);
    expect(out[0]!.reasons.find((r) => r.code === 'phone.shared')?.label).toMatch(/3 items|4 items/);
    expect(out[3]!.reasons.find((r) => r.code === 'phone.shared')?.label).toMatch(/4 items/);
    expect(out[4]!.reasons.some((r) => r.code === 'phone.shared')).toBe(false);
  });

  it('holds back at most `window` items', () => {
    const b = new BatchAnalyzer({ window: 3 });
    const got = [];
    for (let i = 0; i < 10; i++) got.push(...b.push({ id: String(i), text: 'hello' }));
    expect(got.length).toBe(7);
    expect(b.flush().length).toBe(3);
  });
});

describe('holdItem/scoreHeld (the compact form BatchAnalyzer keeps in its window)', () => {
  const items = [
    {
      id: 'h1',
      title: 'Nieuw meisje',
      text: 'Nieuw in de stad, 100% echt. Bel nul zes 1234 5678',
      country: 'NL',
    },
    { id: 'h2', text: 'Travail bien payé à l’étranger, logement fourni. 0 7 7 6 1 5 2 6 8 4', country: 'RO' },
    { id: 'h3', text: 'Работа за границей 💋 жильё бесплатно, пиши @anna_work 🇺🇦', lang: 'ru' },
    { id: 'h4', text: 'NEW GIRL 19yo 💯 call TwO/6/zERo-FouR 555 0199 outcall only, BTC only' },
    { id: 'h5', text: '' },
  ];
  it('scores exactly as a full extraction does', () => {
    for (const item of items)
      for (const facts of [{}, { phoneItemCount: 7 }])
        expect(scoreHeld(holdItem(item), facts)).toEqual(scoreExtraction(extractItem(item), facts));
  });
  it('scores random texts exactly as a full extraction does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        (text, title) => {
          const item = { id: 'r', text, title };
          expect(scoreHeld(holdItem(item))).toEqual(scoreExtraction(extractItem(item)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
