/**
 * Myers' O(ND) difference algorithm on token keys: near-duplicates differ in few places, so this
 * is far cheaper than the O(NM) table of a textbook LCS. Returns, for each index of `a`, the index
 * of the matching token in `b` or -1; or null when the texts differ in more than `maxEdits` places.
 */
export function alignTokens(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits = 200): Int32Array | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m, offset);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], edits: number, n: number, m: number, offset: number): Int32Array {
  const match = new Int32Array(n).fill(-1);
  let x = n;
  let y = m;
  for (let d = edits; d >= 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const prevK =
      k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (v[offset + prevK] as number);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      match[x] = y;
    }
    x = prevX;
    y = prevY;
  }
  return match;
}
