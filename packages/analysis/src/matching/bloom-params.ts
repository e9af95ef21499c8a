/** Largest bit array we accept: 2^32 bits (512 MiB), so bit indices stay exact uint32 values. */
export const MAX_FILTER_BITS = 2 ** 32;

export interface BloomParameters {
  /** Number of bits, a multiple of 8. */
  m: number;
  /** Number of probes per value. */
  k: number;
}

/**
 * Optimal Bloom filter size for `n` values and target false-positive rate `p`:
 * m = ⌈-n·ln p / (ln 2)²⌉ rounded up to whole bytes, k = the better of ⌊m/n · ln 2⌋ and ⌈m/n · ln 2⌉;
 * m then grows in 0.1% steps until the expected rate is at most p.
 */
export function bloomParameters(n: number, p: number): BloomParameters {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`value count must be a whole number >= 0, got ${n}`);
  if (!(p > 0 && p < 1)) throw new RangeError(`false-positive rate must be between 0 and 1, got ${p}`);
  const count = Math.max(n, 1);
  const raw = Math.ceil((-count * Math.log(p)) / (Math.LN2 * Math.LN2));
  const m = Math.max(64, Math.ceil(raw / 8) * 8);
  if (m > MAX_FILTER_BITS) {
    throw new RangeError(
      `a filter for ${n} values at rate ${p} needs ${m} bits; the limit is ${MAX_FILTER_BITS}`,
    );
  }
  let best = { m, k: bestK(m, count) };
  // Rounding k can leave the expected rate a hair above the target: grow m by 0.1% steps until it holds.
  while (expectedFalsePositiveRate(count, best.m, best.k) > p && best.m < MAX_FILTER_BITS) {
    const next = Math.min(MAX_FILTER_BITS, best.m + Math.max(8, Math.ceil(best.m / 8000) * 8));
    best = { m: next, k: bestK(next, count) };
  }
  return best;
}

function bestK(m: number, n: number): number {
  const ideal = (m / n) * Math.LN2;
  const lo = Math.min(64, Math.max(1, Math.floor(ideal)));
  const hi = Math.min(64, Math.max(1, Math.ceil(ideal)));
  return expectedFalsePositiveRate(n, m, lo) <= expectedFalsePositiveRate(n, m, hi) ? lo : hi;
}

/** Expected false-positive rate of a filter with m bits, k probes and n values: (1 − e^(−kn/m))^k. */
export function expectedFalsePositiveRate(n: number, m: number, k: number): number {
  return (1 - Math.exp((-k * n) / m)) ** k;
}

/** The candidate with the lowest score (first one on ties). */
export function bestOf(candidates: readonly number[], score: (c: number) => number): number {
  let best = candidates[0]!;
  let bestScore = score(best);
  for (const c of candidates.slice(1)) {
    const s = score(c);
    if (s < bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
