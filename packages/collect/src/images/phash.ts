/**
 * pHash (after Zauner 2010): the signs of the lowest 8x8 frequencies of a 32x32 greyscale DCT,
 * compared against their median. Robust to rescaling, re-compression and small colour changes,
 * which is what reposted ad photos go through. Pure: takes pixels, returns 16 hex digits.
 */

export const PHASH_SIZE = 32;
const LOW = 8;

const COS: Float64Array = (() => {
  const table = new Float64Array(PHASH_SIZE * PHASH_SIZE);
  for (let k = 0; k < PHASH_SIZE; k++)
    for (let n = 0; n < PHASH_SIZE; n++)
      table[k * PHASH_SIZE + n] = Math.cos((Math.PI / PHASH_SIZE) * (n + 0.5) * k);
  return table;
})();

/** The first `LOW` DCT-II coefficients along rows then columns of a 32x32 image. */
function lowDct(pixels: Uint8Array | Float64Array): Float64Array {
  const rows = new Float64Array(PHASH_SIZE * LOW);
  for (let y = 0; y < PHASH_SIZE; y++)
    for (let k = 0; k < LOW; k++) {
      let sum = 0;
      for (let x = 0; x < PHASH_SIZE; x++)
        sum += (pixels[y * PHASH_SIZE + x] as number) * (COS[k * PHASH_SIZE + x] as number);
      rows[y * LOW + k] = sum;
    }
  const out = new Float64Array(LOW * LOW);
  for (let k = 0; k < LOW; k++)
    for (let u = 0; u < LOW; u++) {
      let sum = 0;
      for (let y = 0; y < PHASH_SIZE; y++)
        sum += (rows[y * LOW + u] as number) * (COS[k * PHASH_SIZE + y] as number);
      out[k * LOW + u] = sum;
    }
  return out;
}

/** pHash of 32x32 greyscale pixels (row-major, 1024 values). */
export function phashFromPixels(pixels: Uint8Array): string {
  if (pixels.length !== PHASH_SIZE * PHASH_SIZE)
    throw new Error(`expected ${PHASH_SIZE * PHASH_SIZE} pixels`);
  const coeffs = lowDct(pixels);
  // The DC term is the mean brightness: leave it out of the median, as pHash does.
  const ac = [...coeffs.subarray(1)].sort((a, b) => a - b);
  const median = ((ac[31] as number) + (ac[32] as number)) / 2;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let b = 0; b < 4; b++) v = v * 2 + ((coeffs[nibble * 4 + b] as number) > median ? 1 : 0);
    hex += v.toString(16);
  }
  return hex;
}
