import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hammingDistance, linkImageHashes, parseImageHash } from './image-links.ts';

function hashes(hex: string[]) {
  const parsed = hex.map((h) => parseImageHash(h) ?? [0, 0]);
  return { hi: Uint32Array.from(parsed.map((p) => p[0])), lo: Uint32Array.from(parsed.map((p) => p[1])) };
}

describe('image hash links', () => {
  it('parses 64-bit hex and rejects anything else', () => {
    expect(parseImageHash('ffffffff00000001')).toEqual([0xffffffff, 1]);
    expect(parseImageHash('xyz')).toBeNull();
    expect(parseImageHash('ffffffff0000000')).toBeNull();
  });

  it('links hashes within the distance and only those', () => {
    const { hi, lo } = hashes([
      'f0f0f0f0f0f0f0f0',
      'f0f0f0f0f0f0f0f3', // 2 bits from the first
      '0f0f0f0f0f0f0f0f', // far away
      '0f0f0f0f0f0f0f1f', // 1 bit from the third
      'f0f0f0f0f0f0ffff', // 8 bits from the first
    ]);
    const { clusters } = linkImageHashes(hi, lo, 4);
    expect(clusters.find(1)).toBe(clusters.find(0));
    expect(clusters.find(3)).toBe(clusters.find(2));
    expect(clusters.find(2)).not.toBe(clusters.find(0));
    expect(clusters.find(4)).not.toBe(clusters.find(0));
  });

  it('finds every pair within the distance (multi-index hashing is exact)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff })), {
          minLength: 2,
          maxLength: 30,
        }),
        fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 3 }),
        (base, flips) => {
          const hi = Uint32Array.from(base.map((b) => b[0]));
          const lo = Uint32Array.from(base.map((b) => b[1]));
          // Make item 1 a near copy of item 0.
          hi[1] = hi[0] as number;
          lo[1] = lo[0] as number;
          for (const bit of flips) {
            if (bit < 32) hi[1] = ((hi[1] as number) ^ (1 << (31 - bit))) >>> 0;
            else lo[1] = ((lo[1] as number) ^ (1 << (63 - bit))) >>> 0;
          }
          const { clusters } = linkImageHashes(hi, lo, 3);
          expect(clusters.find(0)).toBe(clusters.find(1));
          for (let i = 0; i < hi.length; i++)
            for (let j = 0; j < i; j++)
              if (hammingDistance(hi[i] as number, lo[i] as number, hi[j] as number, lo[j] as number) <= 3)
                expect(clusters.find(i)).toBe(clusters.find(j));
        },
      ),
    );
  });
});
