import { describe, expect, it } from 'vitest';
import {
  createMinHashScratch,
  estimateSimilarity,
  lshShape,
  minhashSignature,
  SIGNATURE_SIZE,
} from './minhash.ts';
import { jaccard, sortUnique } from './shingles.ts';

/** Deterministic pseudo-random 32-bit values (xorshift). */
function randomSet(seed: number, size: number): number[] {
  let x = seed >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(x >>> 0);
  }
  return out;
}

function signature(values: number[]): Uint32Array {
  const set = Uint32Array.from(values);
  const n = sortUnique(set, set.length);
  const scratch = createMinHashScratch();
  expect(minhashSignature(set, 0, n, scratch)).toBe(true);
  return scratch.signature.slice();
}

describe('one-permutation MinHash', () => {
  it.each([0.1, 0.3, 0.5, 0.7, 0.9])('estimates Jaccard %s within sampling error', (target) => {
    // Average the error over several pairs: one pair has a standard deviation of ~0.04.
    let totalError = 0;
    const trials = 20;
    for (let t = 0; t < trials; t++) {
      const shared = Math.round((200 * 2 * target) / (1 + target));
      const common = randomSet(1000 + t, shared);
      const a = [...common, ...randomSet(5000 + t, 200 - shared)];
      const b = [...common, ...randomSet(9000 + t, 200 - shared)];
      const sa = Uint32Array.from(a).sort();
      const sb = Uint32Array.from(b).sort();
      const truth = jaccard(sa, 0, sa.length, sb, 0, sb.length);
      totalError += Math.abs(estimateSimilarity(signature(a), signature(b)) - truth);
    }
    expect(totalError / trials).toBeLessThan(0.05);
  });

  it('gives identical signatures for identical sets and fills every bin for tiny sets', () => {
    const one = signature([42]);
    expect(new Set(one).size).toBe(1);
    expect(signature([42])).toEqual(one);
    expect(estimateSimilarity(one, signature([43]))).toBe(0);
    expect(estimateSimilarity(signature([1, 2, 3]), signature([3, 2, 1]))).toBe(1);
    expect(estimateSimilarity(signature([1, 2, 3]), signature([4, 5, 6]))).toBeLessThan(0.2);
  });

  it('reports no signature for an empty set', () => {
    expect(minhashSignature(new Uint32Array(0), 0, 0, createMinHashScratch())).toBe(false);
  });

  it('chooses a band shape that fits the signature and reaches the threshold', () => {
    for (const t of [0.3, 0.5, 0.7, 0.9]) {
      const { rows, bands } = lshShape(t);
      expect(rows * bands).toBeLessThanOrEqual(SIGNATURE_SIZE);
      expect(1 - (1 - t ** rows) ** bands).toBeGreaterThanOrEqual(0.85);
      expect(1 - (1 - Math.min(1, t + 0.1) ** rows) ** bands).toBeGreaterThanOrEqual(0.98);
    }
    expect(lshShape(0.9).rows).toBeGreaterThan(lshShape(0.5).rows);
  });
});
