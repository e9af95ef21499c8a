import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BloomFilter } from './bloom-filter.ts';
import { bloomParameters, expectedFalsePositiveRate } from './bloom-params.ts';

describe('bloomParameters', () => {
  it('matches the textbook sizes: ~9.6 bits and 7 probes per value at 1%', () => {
    const { m, k } = bloomParameters(1_000_000, 0.01);
    expect(m / 1_000_000).toBeGreaterThan(9.5);
    expect(m / 1_000_000).toBeLessThan(9.7);
    expect(k).toBe(7);
  });

  it('always states a rate at or below the target, in whole bytes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.double({ min: 1e-9, max: 0.3, noNaN: true }),
        (n, p) => {
          const { m, k } = bloomParameters(n, p);
          expect(m % 8).toBe(0);
          expect(k).toBeGreaterThanOrEqual(1);
          expect(expectedFalsePositiveRate(Math.max(n, 1), m, k)).toBeLessThanOrEqual(p);
        },
      ),
    );
  });

  it('rejects impossible requests', () => {
    expect(() => bloomParameters(-1, 0.01)).toThrow(RangeError);
    expect(() => bloomParameters(10, 0)).toThrow(RangeError);
    expect(() => bloomParameters(10, 1)).toThrow(RangeError);
    expect(() => bloomParameters(1e12, 1e-9)).toThrow(/limit/);
  });
});

describe('BloomFilter', () => {
  it('has no false negatives and rejects malformed shapes', () => {
    const f = new BloomFilter(1024, 5);
    const pairs = Array.from(
      { length: 50 },
      (_, i) => [(i * 2654435761) >>> 0, (i * 40503 + 7) >>> 0] as const,
    );
    for (const [a, b] of pairs) f.add(a, b);
    expect(pairs.every(([a, b]) => f.has(a, b))).toBe(true);
    expect(f.fillRatio()).toBeGreaterThan(0);
    expect(() => new BloomFilter(1001, 3)).toThrow(RangeError);
    expect(() => new BloomFilter(1024, 0)).toThrow(RangeError);
    expect(() => new BloomFilter(1024, 3, new Uint8Array(10))).toThrow(RangeError);
  });
});
