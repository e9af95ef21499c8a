import { radixSortPairs } from '../dedup/radix-sort.ts';
import { UnionFind } from './union-find.ts';

/**
 * Near-identical images: 64-bit perceptual hashes within `maxDistance` bits of each other are
 * joined. Multi-index hashing: the hash is cut into maxDistance + 1 chunks, and by the pigeonhole
 * principle two hashes that close agree exactly on at least one chunk, so only hashes sharing a
 * chunk value are compared.
 */

/** Parse 16 hex digits into [high, low] 32-bit words, or null if malformed. */
export function parseImageHash(hex: string): [number, number] | null {
  const clean = hex.trim().toLowerCase();
  if (!/^[0-9a-f]{16}$/.test(clean)) return null;
  return [Number.parseInt(clean.slice(0, 8), 16) >>> 0, Number.parseInt(clean.slice(8), 16) >>> 0];
}

function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(aHi: number, aLo: number, bHi: number, bLo: number): number {
  return popcount((aHi ^ bHi) >>> 0) + popcount((aLo ^ bLo) >>> 0);
}

/** Bits [start, start+width) of the 64-bit value (bit 0 = most significant of `hi`); width <= 32. */
function chunk(hi: number, lo: number, start: number, width: number): number {
  const end = start + width;
  if (end <= 32) return width === 32 ? hi >>> 0 : (hi >>> (32 - end)) & ((1 << width) - 1);
  if (start >= 32) return width === 32 ? lo >>> 0 : (lo >>> (64 - end)) & ((1 << width) - 1);
  const loBits = end - 32;
  const hiPart = hi & ((1 << (32 - start)) - 1);
  return hiPart * 2 ** loBits + (lo >>> (32 - loBits));
}

/**
 * Cluster distinct hashes (`hi[i]`, `lo[i]`); returns the union-find over their indices and the
 * number of joining links. Per chunk, hashes are radix-sorted by chunk value and each is compared
 * with at most `maxPerBucket` hashes before it in its run of equal values.
 */
export function linkImageHashes(
  hi: Uint32Array,
  lo: Uint32Array,
  maxDistance: number,
  maxPerBucket = 256,
): { clusters: UnionFind; links: number } {
  const n = hi.length;
  const uf = new UnionFind(n);
  uf.ensure(n);
  let links = 0;
  const chunks = Math.min(Math.max(Math.floor(maxDistance), 1) + 1, 16);
  const width = Math.floor(64 / chunks);
  const keys = new Uint32Array(n);
  const ids = new Uint32Array(n);
  const scratchKeys = new Uint32Array(n);
  const scratchIds = new Uint32Array(n);
  for (let c = 0; c < chunks; c++) {
    const start = c * width;
    const w = c === chunks - 1 ? 64 - start : width;
    for (let i = 0; i < n; i++) {
      keys[i] = chunk(hi[i] as number, lo[i] as number, start, Math.min(w, 32));
      ids[i] = i;
    }
    radixSortPairs(keys, ids, n, scratchKeys, scratchIds);
    let runStart = 0;
    for (let k = 1; k <= n; k++) {
      if (k < n && keys[k] === keys[runStart]) {
        const i = ids[k] as number;
        const ih = hi[i] as number;
        const il = lo[i] as number;
        for (let q = Math.max(runStart, k - maxPerBucket); q < k; q++) {
          const j = ids[q] as number;
          if (hammingDistance(ih, il, hi[j] as number, lo[j] as number) > maxDistance) continue;
          if (uf.union(i, j)) links++;
        }
        continue;
      }
      runStart = k;
    }
  }
  return { clusters: uf, links };
}
