import * as hash from './hash.ts';

// Local copies: imported bindings are getters under tsx, too slow for the inner loops.
const combine = hash.combine;
const fmix32 = hash.fmix32;

/**
 * Word shingles: every run of `size` consecutive tokens hashed to one 32-bit value. A text with
 * fewer tokens than `size` gives one shingle of all its tokens, so a one-word item still has a set.
 * Writes the sorted, de-duplicated set into `out` and returns its length.
 */
export function shingleSet(tokens: Uint32Array, tokenCount: number, size: number, out: Uint32Array): number {
  if (tokenCount === 0) return 0;
  const width = Math.min(size, tokenCount);
  const count = tokenCount - width + 1;
  for (let i = 0; i < count; i++) {
    let h = width;
    for (let j = 0; j < width; j++) h = combine(h, tokens[i + j] as number);
    out[i] = fmix32(h);
  }
  return sortUnique(out, count);
}

/** Sorts `values[0..count)` in place and drops repeats; returns the new length. */
export function sortUnique(values: Uint32Array, count: number): number {
  if (count < 2) return count;
  if (count <= 96) insertionSort(values, count);
  else values.subarray(0, count).sort();
  let w = 1;
  for (let r = 1; r < count; r++) {
    const v = values[r] as number;
    if (v !== values[w - 1]) values[w++] = v;
  }
  return w;
}

/** Jaccard similarity of two sorted, de-duplicated sets. */
export function jaccard(
  a: Uint32Array,
  aStart: number,
  aEnd: number,
  b: Uint32Array,
  bStart: number,
  bEnd: number,
): number {
  const na = aEnd - aStart;
  const nb = bEnd - bStart;
  // Two empty texts are not near-duplicates of each other: there is nothing to compare.
  if (na === 0 || nb === 0) return 0;
  let i = aStart;
  let j = bStart;
  let inter = 0;
  while (i < aEnd && j < bEnd) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      inter++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return inter / (na + nb - inter);
}

/** Insertion sort: for the few dozen shingles of a typical ad it beats the native sort's set-up cost. */
function insertionSort(values: Uint32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
}
