import type { ItemAnalysis } from '@vigil/analysis';
import { describe, expect, it } from 'vitest';
import { toJsonl } from './format-output.ts';
import { addJsonl } from './jsonl-item.ts';
import { Utf8Block } from './utf8-block.ts';

const item = (over: Partial<ItemAnalysis> = {}): ItemAnalysis => ({
  id: 'a',
  lang: 'fr',
  kind: 'other',
  kindReasons: ['x'],
  score: 3,
  reasons: [{ source: 'indicator', code: 'fr.x', label: 'trust: "discrète"', points: 2 }],
  selectors: [{ type: 'phone', value: '+33612345678', raw: '06 12 34 56 78', start: 1, end: 15 }],
  indicators: [
    { id: 'fr.x', category: 'trust_language', weight: 7, lang: 'fr', match: 'discrète', start: 20, end: 28 },
  ],
  rulesVersion: 'v',
  ...over,
});

const written = (items: ItemAnalysis[], size = 16): string => {
  const block = new Utf8Block(size);
  const out: Buffer[] = [];
  for (const a of items) {
    addJsonl(block, a);
    if (block.full) out.push(block.take());
  }
  out.push(block.take());
  return Buffer.concat(out).toString('utf8');
};

describe('addJsonl', () => {
  it('writes the bytes of toJsonl, escapes, surrogates, numbers and flags included', () => {
    const odd = 'q"b\\s\u0000\u001f\n\t\r\b\f \u2028 💋 lone \ud83d and \udc8b ẞ';
    const items = [
      item(),
      item({ id: odd, lang: undefined, kind: 'commercial_sex', score: -4.5 }),
      item({
        reasons: [
          { source: 'selector', code: odd, label: odd, points: -3 },
          { source: 'kind', code: 'kind.x', label: 'item kind', points: 123_456_789_012 },
          { source: 'kind', code: 'kind.x', label: 'item kind', points: Number.NaN },
        ],
        selectors: [
          { type: 'email', value: odd, raw: odd, start: 0, end: 2 ** 31, flags: ['obfuscated', odd] },
          { type: 'url', value: 'u', raw: 'u', start: -0, end: 0, flags: [] },
        ],
        indicators: [],
      }),
      item({ reasons: [], selectors: [], indicators: [] }),
    ];
    expect(written(items)).toBe(items.map(toJsonl).join(''));
  });

  it('never lets a cached prefix stand for other values of the same id or code', () => {
    const base = item().indicators[0]!;
    const items = [
      item(),
      item({ indicators: [{ ...base, category: 'other', weight: 1.5, lang: 'en', match: 'x' }] }),
      item({ reasons: [{ source: 'combination', code: 'fr.x', label: 'trust: "discrète"', points: 2 }] }),
      item(),
    ];
    expect(written(items)).toBe(items.map(toJsonl).join(''));
  });

  it('stays right when the caches pass their byte budget and start again', () => {
    const long = 'é'.repeat(1500);
    const items = Array.from({ length: 1500 }, (_, i) =>
      item({
        id: `i${i}`,
        reasons: [{ source: 'indicator', code: `c${i % 7}`, label: `${long} ${i}`, points: i }],
        indicators: [{ ...item().indicators[0]!, match: `${long} ${i % 900}` }],
      }),
    );
    expect(written(items, 65_536)).toBe(items.map(toJsonl).join(''));
  });
});
