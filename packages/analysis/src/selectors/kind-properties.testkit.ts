import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { SelectorKind } from '../types.ts';

/**
 * The properties every selector kind must keep on hostile input: never throw, offsets inside the
 * text with `raw === text.slice(start, end)`, and an idempotent, validating `normalize`.
 * `pieces` are fragments that steer random texts into the kind's interesting code paths.
 */
export function itKeepsSelectorProperties(kind: SelectorKind, pieces: string[]): void {
  const piece = fc.oneof(
    fc.constantFrom(...pieces),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
    fc.constantFrom(' ', '.', '@', '/', ':', '\uD800', '\uDC00', '\u0000', '\n', '-', '_', '#', '?'),
  );
  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
  );

  it('never throws and keeps offsets inside the text with raw === text.slice(start, end)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const m of kind.extract(text, {})) {
          expect(m.type).toBe(kind.type);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.raw).toBe(text.slice(m.start, m.end));
          expect(kind.validate(m.value)).toBe(true);
          expect(kind.normalize(m.value)).toBe(m.value);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('normalize is idempotent, its output validates, and compare of a value with itself is 1', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.constantFrom(...pieces)), (value) => {
        const once = kind.normalize(value);
        if (once === null) return;
        expect(kind.normalize(once)).toBe(once);
        expect(kind.validate(once)).toBe(true);
        expect(kind.compare(once, once)).toBe(1);
      }),
      { numRuns: 400 },
    );
  });

  it('survives a 1 MB text of fragments and a 1 MB unbroken run', () => {
    const joined = pieces.join(' \uD800 ');
    const big = joined.repeat(Math.ceil(1_000_000 / Math.max(1, joined.length))).slice(0, 1_000_000);
    const found = kind.extract(big, {});
    for (const m of found.slice(0, 1000)) expect(m.raw).toBe(big.slice(m.start, m.end));
    expect(() => kind.extract('a'.repeat(1_000_000), {})).not.toThrow();
    expect(() => kind.extract(`${'1.'.repeat(300_000)}@${'x'.repeat(400_000)}`, {})).not.toThrow();
  });
}
