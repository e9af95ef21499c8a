/**
 * LSD radix sort of (key, value) pairs by unsigned 32-bit key, three 11-bit passes. Linear time,
 * which matters when sorting a million band keys per LSH band. Sorts `keys[0..n)` and
 * `values[0..n)` in place using the two scratch arrays (each at least n long).
 */
export function radixSortPairs(
  keys: Uint32Array,
  values: Uint32Array,
  n: number,
  scratchKeys: Uint32Array,
  scratchValues: Uint32Array,
): void {
  const counts = new Uint32Array(2048);
  let srcK = keys;
  let srcV = values;
  let dstK = scratchKeys;
  let dstV = scratchValues;
  for (let shift = 0; shift < 32; shift += 11) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((srcK[i] as number) >>> shift) & 2047;
      counts[digit] = (counts[digit] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = srcK[i] as number;
      const digit = (k >>> shift) & 2047;
      const at = counts[digit] as number;
      counts[digit] = at + 1;
      dstK[at] = k;
      dstV[at] = srcV[i] as number;
    }
    const tk = srcK;
    srcK = dstK;
    dstK = tk;
    const tv = srcV;
    srcV = dstV;
    dstV = tv;
  }
  // Three passes leave the result in the scratch arrays.
  keys.set(srcK.subarray(0, n));
  values.set(srcV.subarray(0, n));
}
