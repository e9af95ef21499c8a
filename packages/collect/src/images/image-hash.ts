import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { PHASH_SIZE, phashFromPixels } from './phash.ts';

/** Hard limits for hostile files: a decompression bomb must not take the machine down. */
const MAX_INPUT_PIXELS = 100_000_000;
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Perceptual hash (pHash, 16 hex digits) of an image file or buffer: sharp decodes and shrinks it
 * to 32x32 greyscale, the pure {@link phashFromPixels} does the rest.
 */
export async function perceptualHash(input: string | Buffer): Promise<string> {
  const data = typeof input === 'string' ? await readLimited(input) : input;
  const pixels = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'none' })
    .rotate()
    .greyscale()
    .resize(PHASH_SIZE, PHASH_SIZE, { fit: 'fill', kernel: 'lanczos3' })
    .raw()
    .toBuffer();
  return phashFromPixels(new Uint8Array(pixels.buffer, pixels.byteOffset, PHASH_SIZE * PHASH_SIZE));
}

async function readLimited(path: string): Promise<Buffer> {
  const data = await readFile(path);
  if (data.length > MAX_FILE_BYTES) throw new Error(`image too large: ${path}`);
  return data;
}

export interface ImageHashOutcome {
  path: string;
  hash?: string;
  error?: string;
}

/**
 * Hash many files with bounded concurrency; a file that cannot be read or decoded gets an
 * `error` instead of failing the batch. Each distinct path is hashed once.
 */
export async function hashImageFiles(
  paths: Iterable<string>,
  concurrency = 4,
): Promise<Map<string, ImageHashOutcome>> {
  const queue = [...new Set(paths)];
  const results = new Map<string, ImageHashOutcome>();
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const path = queue[next++] as string;
      try {
        results.set(path, { path, hash: await perceptualHash(path) });
      } catch (error) {
        results.set(path, { path, error: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}
