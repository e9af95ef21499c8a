import { compressFrom } from './sha256-unrolled.ts';

/**
 * The SHA-256 compression function (FIPS 180-4) on 32-bit words. Kept in plain JS because
 * node:crypto costs ~5 µs of call overhead per HMAC, which caps filter lookups far below
 * 1 million/s; see docs/decisions/0070-keyed-filter-hashing.md. Verified against node:crypto in tests.
 */
export const SHA256_IV = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/**
 * Compress one block into `state`. The caller fills `w[0..15]` (`w` may be longer; only read).
 * The rounds are unrolled by a generator (sha256-unrolled.generate.ts), about 2x the looped form.
 */
export const compressBlock = (state: Int32Array, w: Int32Array): void => compressFrom(state, w, state);

/** Load 16 big-endian words from `bytes` at `offset` into `w`. */
export function loadBlock(w: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let i = 0, p = offset; i < 16; i++, p += 4) {
    w[i] = (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
  }
}
