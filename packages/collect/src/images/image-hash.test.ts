import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashImageFiles, perceptualHash } from './image-hash.ts';
import { phashFromPixels } from './phash.ts';

function distance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i++) {
    let x = Number.parseInt(a[i] as string, 16) ^ Number.parseInt(b[i] as string, 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}

/** A synthetic picture: blobs at seeded places on a gradient. */
async function picture(seed: number, size = 256): Promise<Buffer> {
  const raw = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 3;
      const blob = Math.sin((x * (seed + 1)) / 23) * Math.cos((y * (seed + 2)) / 31);
      raw[i] = Math.max(0, Math.min(255, 128 + 100 * blob));
      raw[i + 1] = (x + seed * 40) % 256;
      raw[i + 2] = (y * 2 + seed * 13) % 256;
    }
  return sharp(raw, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-phash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('perceptual hash', () => {
  it('is stable under rescaling and JPEG re-compression, and differs for other pictures', async () => {
    const original = await picture(1);
    const smaller = await sharp(original).resize(120, 120).jpeg({ quality: 60 }).toBuffer();
    const other = await picture(5);
    const a = await perceptualHash(original);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(distance(a, await perceptualHash(smaller))).toBeLessThanOrEqual(4);
    expect(distance(a, await perceptualHash(other))).toBeGreaterThan(12);
  });

  it('hashes files in a batch and reports unreadable ones without failing', async () => {
    const good = join(dir, 'a.png');
    const bad = join(dir, 'b.png');
    await writeFile(good, await picture(2));
    await writeFile(bad, 'not an image');
    const results = await hashImageFiles([good, bad, join(dir, 'missing.png'), good]);
    expect(results.size).toBe(3);
    expect(results.get(good)?.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(results.get(bad)?.error).toBeTruthy();
    expect(results.get(join(dir, 'missing.png'))?.error).toBeTruthy();
  });

  it('gives a flat image a defined hash and rejects wrong pixel counts', () => {
    expect(phashFromPixels(new Uint8Array(1024).fill(7))).toMatch(/^[0-9a-f]{16}$/);
    expect(() => phashFromPixels(new Uint8Array(10))).toThrow();
  });
});
