import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import metadata from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { intersect, mayMatch, patternShape, Shape, union, withLengths } from './phone-shapes.ts';

/** Every national-number and number-type pattern of the metadata. */
function metadataPatterns(): string[] {
  const out = new Set<string>();
  for (const c of Object.values((metadata as { countries: Record<string, unknown[]> }).countries)) {
    out.add(c[2] as string);
    for (const t of (c[11] as unknown[] | undefined) ?? [])
      if (Array.isArray(t) && typeof t[0] === 'string' && t[0]) out.add(t[0]);
  }
  return [...out];
}

/** Seeded LCG: the same strings on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

describe('phone shapes', () => {
  it('reads every metadata pattern', () => {
    const any = Shape.any();
    for (const p of metadataPatterns()) expect(patternShape(p)).not.toEqual(any);
  });

  it('never rejects what the regex matches, and rejects most of what it does not', () => {
    const rnd = random(7);
    const ex = Object.values(examples as Record<string, string>);
    let matched = 0;
    let rejected = 0;
    let unsound = 0;
    let tried = 0;
    for (const p of metadataPatterns()) {
      const re = new RegExp(`^(?:${p})$`);
      const shape = patternShape(p);
      const strings: string[] = [];
      for (const e of ex) if (re.test(e)) strings.push(e);
      for (let k = 0; k < 300; k++) {
        // Example prefixes completed at random (often valid), and strings of a random length.
        const e = ex[Math.floor(rnd() * ex.length)]!;
        let s = k % 2 === 0 ? e.slice(0, Math.floor(rnd() * e.length)) : '';
        const len = 1 + Math.floor(rnd() * 17);
        while (s.length < len) s += Math.floor(rnd() * 10);
        strings.push(s);
      }
      for (const s of strings) {
        tried++;
        const m = re.test(s);
        const ok = mayMatch(shape, s, 0);
        if (m) matched++;
        if (!ok) rejected++;
        if (m && !ok) unsound++;
      }
    }
    expect(unsound).toBe(0);
    expect(matched).toBeGreaterThan(1000);
    expect(rejected / tried).toBeGreaterThan(0.8);
  });

  it('reads a string from an offset and combines shapes', () => {
    const mobile = patternShape('7[1-57-9]\\d{8}');
    expect(mayMatch(mobile, '07400123456', 1)).toBe(true);
    expect(mayMatch(mobile, '07400123456', 0)).toBe(false);
    expect(mayMatch(mobile, '7600123456', 0)).toBe(false);
    const fixed = patternShape('(?:1[2-9]|2\\d)\\d{7,8}');
    expect(mayMatch(union(mobile, fixed), '2012345678', 0)).toBe(true);
    expect(mayMatch(intersect(mobile, fixed), '2012345678', 0)).toBe(false);
    expect(mayMatch(withLengths(fixed, [9]), '2012345678', 0)).toBe(false);
    expect(mayMatch(withLengths(fixed, [9]), '201234567', 0)).toBe(true);
    // Strings longer than the tables are never rejected; nor is what we cannot read.
    expect(mayMatch(mobile, '712345678901234567', 0)).toBe(true);
    expect(mayMatch(patternShape('7+'), '12', 0)).toBe(true);
  });
});
