import * as hash from './hash.ts';

// Local copies: imported bindings are getters under tsx, too slow for the inner loops.
const combine = hash.combine;
const fmix32 = hash.fmix32;

/**
 * One-permutation MinHash (Li, Owen, Zhang 2012) with optimal densification (Shrivastava 2017):
 * each shingle hash is hashed once and lands in one of `K` bins, keeping the minimum per bin;
 * empty bins borrow the value of a bin chosen by a fixed probe sequence, so short texts still
 * give unbiased estimates. Cost is O(shingles + K) per text instead of O(shingles * K).
 */

export const SIGNATURE_SIZE = 128;
const BIN_SHIFT = 32 - Math.log2(SIGNATURE_SIZE);
const EMPTY = 0xffffffff;

/** Reusable scratch for one signature, so the hot loop allocates nothing. */
export interface MinHashScratch {
  signature: Uint32Array;
  filled: Uint8Array;
}

export function createMinHashScratch(): MinHashScratch {
  return {
    signature: new Uint32Array(SIGNATURE_SIZE),
    filled: new Uint8Array(SIGNATURE_SIZE),
  };
}

/**
 * Compute the signature of a shingle set `shingles[start..end)` into `scratch.signature`.
 * Returns false for an empty set (no signature).
 */
export function minhashSignature(
  shingles: Uint32Array,
  start: number,
  end: number,
  scratch: MinHashScratch,
): boolean {
  const { signature, filled } = scratch;
  if (end <= start) return false;
  signature.fill(EMPTY);
  filled.fill(0);
  for (let i = start; i < end; i++) {
    // Re-hash so the bin does not depend on how the shingle hash was built.
    const h = fmix32((shingles[i] as number) ^ 0x5bd1e995);
    const bin = h >>> BIN_SHIFT;
    filled[bin] = 1;
    if (h < (signature[bin] as number)) signature[bin] = h;
  }
  densify(signature, filled);
  return true;
}

/** The first probes of each empty bin's donor sequence, precomputed: densify runs per text. */
const PROBES = 8;
const PROBE_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(SIGNATURE_SIZE * PROBES);
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++)
    for (let attempt = 1; attempt <= PROBES; attempt++)
      table[bin * PROBES + attempt - 1] = fmix32(combine(bin + 1, attempt)) & (SIGNATURE_SIZE - 1);
  return table;
})();

/**
 * Optimal densification (Shrivastava 2017): an empty bin copies the value of the first filled
 * bin in its own fixed pseudo-random probe sequence. Two texts then agree on an empty bin with
 * probability J, even when they are short and most bins are empty. (Densification by rotation
 * is cheaper but, on short ads, collides far less often than J: we measured lost groups.)
 */
function densify(signature: Uint32Array, filled: Uint8Array): void {
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    if (filled[bin]) continue;
    let donor = -1;
    for (let attempt = 1; attempt <= 4 * SIGNATURE_SIZE; attempt++) {
      const j =
        attempt <= PROBES
          ? (PROBE_TABLE[bin * PROBES + attempt - 1] as number)
          : fmix32(combine(bin + 1, attempt)) & (SIGNATURE_SIZE - 1);
      if (filled[j]) {
        donor = j;
        break;
      }
    }
    // Unreachable in practice (a non-empty set fills a bin); a deterministic scan keeps it total.
    if (donor < 0) for (donor = 0; !filled[donor]; donor++);
    signature[bin] = signature[donor] as number;
  }
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Hash `bands` bands of `rows` values each into `out[offset..offset+bands)`; rows * bands <= K. */
export function bandKeys(
  signature: Uint32Array,
  rows: number,
  bands: number,
  out: Uint32Array,
  offset: number,
): void {
  // Interleaved: band b reads bins b, b + bands, b + 2 * bands... Neighbouring bins may share a
  // densification donor, so a band of adjacent bins would collide far more often than J^rows.
  for (let b = 0; b < bands; b++) {
    let h = b;
    for (let r = 0; r < rows; r++) h = combine(h, signature[r * bands + b] as number);
    out[offset + b] = fmix32(h);
  }
}

/**
 * Rows per band for a similarity threshold: the most rows (fewest false candidates) that still
 * find a pair at the threshold with probability >= `recall`, using all bands the signature
 * allows. 0.85 at the threshold is enough: pairs above it are found with rapidly rising
 * probability (0.99 at threshold + 0.1), and a group needs only a spanning tree of found pairs.
 */
export function lshShape(threshold: number, recall = 0.85): { rows: number; bands: number } {
  const t = Math.min(Math.max(threshold, 0.05), 0.99);
  let best = { rows: 1, bands: SIGNATURE_SIZE };
  for (let rows = 1; rows <= 16; rows++) {
    const bands = Math.floor(SIGNATURE_SIZE / rows);
    const p = 1 - (1 - t ** rows) ** bands;
    if (p >= recall) best = { rows, bands };
  }
  return best;
}
