import { describe, expect, it } from 'vitest';
import { NearDuplicateFinder } from './near-duplicates.ts';

const NAMES = ['Anna', 'Maria', 'Olena', 'Katya', 'Ioana', 'Eleni', 'Sofia', 'Nadia'];
const CITIES = ['Berlin', 'Warsaw', 'Athens', 'Vienna', 'Prague', 'Milan', 'Lyon', 'Porto'];

function lure(i: number): string {
  const name = NAMES[i % NAMES.length];
  const city = CITIES[(i * 3) % CITIES.length];
  return `Hello, my name is ${name}, ${20 + (i % 9)} years old, new in ${city}. Sweet and discreet, 💋 outcall and incall, ${100 + i} EUR per hour. Call me: +49 170 ${1000000 + i}`;
}

function noise(i: number): string {
  const words = ['sofa', 'bike', 'garden', 'lamp', 'table', 'vintage', 'blue', 'used', 'cheap', 'oak'];
  const pick = (k: number) => words[(i * 7 + k * 13 + ((i * k) % 5)) % words.length];
  return `Selling ${pick(1)} ${pick(2)} ${pick(3)} item ${i}, ${pick(4)} condition, pickup ${pick(5)} only.`;
}

function cluster(texts: string[], threshold = 0.5) {
  const finder = new NearDuplicateFinder({ threshold });
  for (const t of texts) finder.add(t);
  return { finder, ...finder.finish() };
}

describe('NearDuplicateFinder', () => {
  it('finds all copies of a templated lure with swapped names, cities and numbers (LSH recall)', () => {
    const texts = [
      ...Array.from({ length: 40 }, (_, i) => lure(i)),
      'Completely unrelated text about gardening tools and spring bulbs',
    ];
    const { clusters } = cluster(texts);
    const root = clusters.find(0);
    for (let i = 1; i < 40; i++) expect(clusters.find(i)).toBe(root);
    expect(clusters.find(40)).not.toBe(root);
  });

  it('does not merge texts below the threshold (verified with exact Jaccard)', () => {
    const texts = Array.from({ length: 60 }, (_, i) => noise(i));
    const { finder, clusters } = cluster(texts, 0.8);
    for (const group of clusters.groups(2)) {
      // Every merged pair is reached by a chain of verified edges; adjacent members are similar.
      const sims = group
        .slice(1)
        .map((m) => Math.max(...group.filter((o) => o !== m).map((o) => finder.similarity(m, o))));
      for (const s of sims) expect(s).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('keeps empty, emoji-only and one-word texts safe', () => {
    const { finder, clusters, stats } = cluster([
      '',
      '   ',
      '!!!',
      '💋🔥',
      '💋🔥',
      'hello',
      'hello',
      'world',
    ]);
    expect(stats.emptyTexts).toBe(3);
    expect(clusters.find(0)).not.toBe(clusters.find(1));
    expect(finder.hasText(0)).toBe(false);
    expect(clusters.find(3)).toBe(clusters.find(4));
    expect(clusters.find(5)).toBe(clusters.find(6));
    expect(clusters.find(5)).not.toBe(clusters.find(7));
  });

  it('clusters 10k identical texts in one group without comparing all pairs', () => {
    const texts = Array.from({ length: 10_000 }, () => lure(1));
    const { clusters, stats } = cluster(texts);
    expect(clusters.groups(2)).toHaveLength(1);
    expect(clusters.setSize(0)).toBe(10_000);
    // Linear in the number of items per band, far below the 5e7 pairs of an all-pairs check.
    expect(stats.verified).toBeLessThan(10_000 * 2);
    expect(stats.largestBucket).toBe(10_000);
  });

  it('estimates similarity from its 8-bit sketches close to the exact Jaccard similarity', () => {
    const texts = [
      ...Array.from({ length: 30 }, (_, i) => lure(i)),
      ...Array.from({ length: 30 }, (_, i) => noise(i)),
    ];
    const { finder } = cluster(texts);
    let error = 0;
    let pairs = 0;
    for (let a = 0; a < texts.length; a += 3)
      for (let b = a + 1; b < texts.length; b += 5) {
        error += Math.abs(finder.estimate(a, b) - finder.similarity(a, b));
        pairs++;
      }
    expect(error / pairs).toBeLessThan(0.06);
  });
});

describe('NearDuplicateFinder chaining', () => {
  it('does not chain a drifting sequence into one group (single linkage would)', () => {
    // Text i shares most words with text i+1, but text 0 and text 20 share none.
    const vocabulary = Array.from(
      { length: 80 },
      (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    const texts = Array.from({ length: 20 }, (_, i) => vocabulary.slice(i * 3, i * 3 + 16).join(' '));
    const finder = new NearDuplicateFinder({ threshold: 0.5 });
    for (const t of texts) finder.add(t);
    expect(finder.similarity(0, 1)).toBeGreaterThanOrEqual(0.5);
    expect(finder.similarity(0, 19)).toBe(0);
    const { clusters, stats } = finder.finish();
    expect(clusters.find(0)).not.toBe(clusters.find(19));
    for (const group of clusters.groups(2)) {
      // Every member is close to some other member and the group stays small.
      expect(group.length).toBeLessThanOrEqual(6);
    }
    expect(stats.leaderRejected).toBeGreaterThan(0);
  });
});
