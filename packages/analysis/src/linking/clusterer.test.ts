import { describe, expect, it } from 'vitest';
import type { ClusterGroup, ClusterItem } from './cluster-types.ts';
import { clusterItems } from './clusterer.ts';

const NAMES = ['Anna', 'Maria', 'Kasia', 'Olena', 'Ioana', 'Sofia'];
const CITIES = ['Berlin', 'Warsaw', 'Vienna', 'Prague', 'Milan', 'Lyon'];
const phone = (k: number) => `+4917000${String(k).padStart(5, '0')}`;

function lure(i: number, extra: Partial<ClusterItem> = {}): ClusterItem {
  return {
    id: `lure-${i}`,
    text: `Hi, my name is ${NAMES[i % 6]}, ${20 + (i % 7)} years old, new in ${CITIES[(i * 5) % 6]}. Discreet meetings 💋 ${100 + i} EUR. Call ${phone(i)}`,
    platform: i % 2 ? 'ads-a' : 'ads-b',
    lang: 'en',
    score: 40 + i,
    selectors: [{ type: 'phone', value: phone(i) }],
    ...extra,
  };
}

/** A random-looking text of made-up words, different for every i. */
function unrelated(i: number, extra: Partial<ClusterItem> = {}): ClusterItem {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ren',
    'tu',
    'sa',
    'vo',
    'ne',
    'di',
    'pra',
    'gol',
    'es',
    'ur',
    'bi',
    'zan',
    'fe',
  ];
  let x = (i + 1) * 2654435761;
  const word = () => {
    let w = '';
    for (let k = 0; k < 3; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += syllables[(x >>> 16) % syllables.length];
    }
    return w;
  };
  const text = Array.from({ length: 12 }, word).join(' ');
  return { id: `other-${i}`, text, lang: 'en', ...extra };
}

const byKind = (groups: ClusterGroup[], kind: string) => groups.filter((g) => g.kind === kind);

describe('clusterItems', () => {
  it('groups a templated lure and renders its template', () => {
    const items = [
      ...Array.from({ length: 12 }, (_, i) => lure(i)),
      ...Array.from({ length: 8 }, (_, i) => unrelated(i)),
    ];
    const { groups } = clusterItems(items);
    const templates = byKind(groups, 'template');
    expect(templates).toHaveLength(1);
    expect(templates[0]?.size).toBe(12);
    expect(templates[0]?.template).toBe(
      'Hi, my name is {name}, {age} years old, new in {city}. Discreet meetings 💋 {price} EUR. Call {phone}',
    );
    expect(templates[0]?.score).toBe(51);
    expect(templates[0]?.platforms).toEqual(['ads-a', 'ads-b']);
  });

  it('joins different texts through a shared strong selector into a network, across languages', () => {
    const uk: ClusterItem = {
      id: 'uk',
      text: 'Робота в Польщі для жінок, житло безкоштовно',
      lang: 'uk',
      country: 'pl',
      selectors: [{ type: 'phone', value: '+48500100200' }],
    };
    const ru: ClusterItem = {
      id: 'ru',
      text: 'Работа в Германии для девушек, жильё бесплатно',
      lang: 'ru',
      country: 'de',
      selectors: [{ type: 'phone', value: '+48500100200' }],
    };
    const { groups } = clusterItems([uk, ru, unrelated(1)]);
    const networks = byKind(groups, 'network');
    expect(networks).toHaveLength(1);
    expect(networks[0]?.members.sort()).toEqual(['ru', 'uk']);
    expect(networks[0]?.languages).toEqual(['ru', 'uk']);
    expect(networks[0]?.countries).toEqual(['DE', 'PL']);
    expect(networks[0]?.selectors[0]).toMatchObject({
      type: 'phone',
      value: '+48500100200',
      count: 2,
      strong: true,
    });
  });

  it('never merges on a weak selector alone', () => {
    const items = [0, 1, 2].map((i) =>
      unrelated(i, { selectors: [{ type: 'domain', value: 'ads.example' }] }),
    );
    const { groups } = clusterItems(items);
    expect(groups).toEqual([]);
  });

  it('links items with near-identical images', () => {
    const items = [
      unrelated(1, { imageHashes: ['ffff0000ffff0000'] }),
      unrelated(2, { imageHashes: ['ffff0000ffff0001'] }),
      unrelated(3, { imageHashes: ['0000ffff0000ffff'] }),
    ];
    const { groups, stats } = clusterItems(items);
    expect(byKind(groups, 'network')[0]?.members).toEqual(['other-1', 'other-2']);
    expect(byKind(groups, 'network')[0]?.selectors[0]?.type).toBe('image');
    expect(stats.imageLinks).toBe(1);
  });

  it('detects a hub selector, reports it and keeps it from gluing unrelated items', () => {
    const hub = { type: 'email', value: 'support@platform.example' };
    const items = Array.from({ length: 120 }, (_, i) => unrelated(i, { selectors: [hub] }));
    items.push(lure(1, { selectors: [hub, { type: 'phone', value: '+491700000001' }] }));
    items.push(
      lure(2, {
        id: 'lure-2b',
        text: 'Completely different words here',
        selectors: [{ type: 'phone', value: '+491700000001' }],
      }),
    );
    const { groups, hubs } = clusterItems(items, { hubMinItems: 50 });
    expect(hubs).toEqual([
      { type: 'email', value: 'support@platform.example', items: 121, clusters: expect.any(Number) },
    ]);
    const networks = byKind(groups, 'network');
    expect(networks).toHaveLength(1);
    expect(networks[0]?.members.sort()).toEqual(['lure-1', 'lure-2b']);
  });

  it('keeps a frequent selector on copies of one lure: frequent but not spread is no hub', () => {
    const items = Array.from({ length: 80 }, (_, i) =>
      lure(i, { selectors: [{ type: 'phone', value: '+491701111111' }] }),
    );
    const { hubs, groups } = clusterItems(items);
    expect(hubs).toEqual([]);
    expect(byKind(groups, 'template')[0]?.size).toBe(80);
  });

  it('handles hostile input: no text, only emoji, one word, duplicate ids, junk selectors', () => {
    const items = [
      { id: 'a', text: '' },
      { id: 'b' },
      { id: 'c', text: '💋🔥💋' },
      { id: 'd', text: '💋🔥💋' },
      { id: 'e', text: 'hello' },
      { id: 'e', text: 'hello' },
      { id: 'f', text: 'hello' },
      { id: '', text: 'no id' },
      {
        id: 'g',
        text: 'x',
        selectors: [null, { type: 'phone' }, { type: 1, value: 2 }],
        imageHashes: ['nothex', 5],
      },
    ] as unknown as ClusterItem[];
    const { groups, stats } = clusterItems(items);
    expect(stats.duplicateIds).toBe(2);
    expect(stats.items).toBe(7);
    const members = byKind(groups, 'template').map((g) => g.members.sort());
    expect(members).toContainEqual(['c', 'd']);
    expect(members).toContainEqual(['e', 'f']);
    expect(members.flat()).not.toContain('a');
  });

  it('handles a selector shared by every item and 10k identical items', () => {
    const shared = { type: 'phone', value: '+491709999999' };
    const identical = Array.from({ length: 10_000 }, (_, i) => ({
      ...lure(1),
      id: `x${i}`,
      selectors: [shared],
    }));
    const result = clusterItems(identical);
    expect(byKind(result.groups, 'template')).toHaveLength(1);
    expect(byKind(result.groups, 'template')[0]?.size).toBe(10_000);
    // One template is one unit: no separate network repeats it.
    expect(byKind(result.groups, 'network')).toHaveLength(0);
    const varied = Array.from({ length: 2_000 }, (_, i) => unrelated(i, { selectors: [shared] }));
    const hubbed = clusterItems(varied);
    expect(hubbed.hubs[0]).toMatchObject({ value: '+491709999999', items: 2_000 });
    expect(byKind(hubbed.groups, 'network')).toHaveLength(0);
  });

  it('splits a large component by community detection', () => {
    // Two dense communities of 40 items each (items share phones within a community), bridged by one item.
    const items: ClusterItem[] = [];
    for (let c = 0; c < 2; c++)
      for (let i = 0; i < 40; i++)
        items.push(
          unrelated(c * 100 + i, {
            selectors: [
              { type: 'phone', value: `+4917${c}00000${i % 5}` },
              { type: 'handle', value: `telegram:c${c}x${i % 3}` },
            ],
          }),
        );
    items.push({
      id: 'bridge',
      text: 'bridge item',
      selectors: [
        { type: 'phone', value: '+41700000000' },
        { type: 'phone', value: '+41710000000' },
      ],
    });
    const { groups } = clusterItems(items, { splitAbove: 20 });
    const networks = byKind(groups, 'network');
    expect(networks.length).toBeGreaterThanOrEqual(2);
    const sizes = networks.map((g) => g.size).sort((a, b) => b - a);
    expect(sizes[0]).toBeLessThan(81);
  });
});
