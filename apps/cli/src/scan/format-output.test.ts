import { BatchAnalyzer, HoldingBatch, type ItemInput } from '@vigil/analysis';
import { describe, expect, it } from 'vitest';
import { JSONL_HOLD_RULE, toJsonl } from './format-output.ts';

// Items that share phones (counted across the window), have none, or carry protective language.
const items: ItemInput[] = [
  { id: 'a', text: 'New girl 19yo, call 5 o 3 * 7 2 4 * 3 o 1 6', country: 'US' },
  { id: 'b', title: 'Massage', text: 'Sweet "new" girl, text 503-724-3016 now', country: 'US' },
  { id: 'c', text: 'Selling a bike, no phone here' },
  { id: 'd', text: 'If you are being forced to work, call 503 724 3016 for help', country: 'US' },
  { id: 'e', text: 'Wir suchen Mädchen, bezahlen in BTC only, whatsapp +49 151 23456789', lang: 'de' },
  { id: 'f', text: 'young fresh girls +49 151 23456789 incall outcall 24/7' },
];

describe('JSONL_HOLD_RULE', () => {
  it.each([0, 1, 2, 1000])('gives the same lines as toJsonl of the full analyses (window %i)', (window) => {
    const full = new BatchAnalyzer({ window, defaultCountry: 'US' });
    const held = new HoldingBatch(JSONL_HOLD_RULE, { window, defaultCountry: 'US' });
    const expected: string[] = [];
    const got: string[] = [];
    for (const item of items) {
      expected.push(...full.push(item).map(toJsonl));
      got.push(...held.push(item));
    }
    expected.push(...full.flush().map(toJsonl));
    got.push(...held.flush());
    expect(got).toEqual(expected);
    expect(got).toHaveLength(items.length);
    // The shared-phone fact is in play: with the whole batch in view, 'a' shares its number.
    if (window >= items.length) expect(got[0]).toContain('"phone.shared"');
  });
});
