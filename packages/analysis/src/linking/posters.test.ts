import { describe, expect, it } from 'vitest';
import type { ClusterItem } from './cluster-types.ts';
import { clusterItems } from './clusterer.ts';

const NAMES = ['Anna', 'Maria', 'Sofia', 'Lena'];
/** Two lures that are near-duplicates by text (Jaccard about 0.52) but not copies of each other. */
const LURE_A =
  'Hi, I am {n}, 23 years old, just arrived in Berlin for a few days only. Real photos, discreet meetings in my flat near the station, from 100 EUR per hour. Write to me on WhatsApp 💋';
const LURE_B =
  'Hi, I am {n}, 23 years old, just arrived in Berlin for a few days only. Real photos, discreet meetings in my flat near the station. Young girls wanted for well paid work abroad, everything is arranged 💋';

function posts(prefix: string, lure: string, phone: (i: number) => string): ClusterItem[] {
  return NAMES.map((name, i) => ({
    id: `${prefix}${i}`,
    text: lure.replace('{n}', name),
    lang: 'en',
    selectors: [{ type: 'phone', value: phone(i) }],
  }));
}

/** An ad with another text that carries `phone`: it makes the poster's network visible. */
const otherAd = (id: string, phone: string): ClusterItem => ({
  id,
  text: 'Selling a used oak table with four chairs, good condition, pick up only, call in the evening',
  lang: 'en',
  selectors: [{ type: 'phone', value: phone }],
});

const networks = (items: ClusterItem[]) =>
  clusterItems(items)
    .groups.filter((g) => g.kind === 'network')
    .map((g) => [...g.members].sort());

describe('posters sharing a template', () => {
  it('keeps the networks of two posters apart when they only share a look-alike text', () => {
    const items = [
      ...posts('a', LURE_A, () => '+491700000001'),
      ...posts('b', LURE_B, () => '+491700000002'),
      otherAd('x', '+491700000002'),
    ];
    const result = clusterItems(items);
    const templates = result.groups.filter((g) => g.kind === 'template');
    expect(templates.map((t) => t.size)).toEqual([8]);
    expect(result.stats.sharedTemplates).toBe(1);
    expect(networks(items)).toEqual([['b0', 'b1', 'b2', 'b3', 'x']]);
  });

  it('still links one poster rotating phone numbers on copies of one text', () => {
    const items = [...posts('a', LURE_A, (i) => `+49170000000${i % 2}`), otherAd('x', '+491700000001')];
    const result = clusterItems(items);
    expect(result.stats.sharedTemplates).toBe(0);
    expect(networks(items)).toEqual([['a0', 'a1', 'a2', 'a3', 'x']]);
  });
});
