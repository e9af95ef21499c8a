import fc from 'fast-check';
import { expect } from 'vitest';
import type { NormalizedText } from './normalized-text.ts';

/** Assert the offset invariants of a NormalizedText built from `raw`. */
export function checkOffsets(raw: string, n: NormalizedText): void {
  expect(n.offsets.length).toBe(n.text.length + 1);
  expect(n.offsets[n.text.length]).toBe(raw.length);
  for (let i = 0; i < n.text.length; i++) {
    expect(n.offsets[i]!).toBeGreaterThanOrEqual(0);
    expect(n.offsets[i]!).toBeLessThan(raw.length);
    expect(n.offsets[i + 1]!).toBeGreaterThanOrEqual(n.offsets[i]!);
  }
}

/** Strings rich in the characters the normaliser cares about. */
export const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '0',
      '1',
      '5',
      'o',
      'O',
      'l',
      'I',
      ' ',
      '-',
      '*',
      '%',
      'а',
      'о',
      'с',
      'е',
      'ο',
      'і',
      'İ',
      'ß',
      'ẞ',
    ),
    fc.constantFrom(
      '\u200b',
      '\u200d',
      '\ufeff',
      '\u20e3',
      '\ufe0f',
      '🔟',
      '➊',
      '①',
      '０',
      '𝟘',
      'ﬁ',
      '\u0301',
      '\u0000',
    ),
    fc.constantFrom('\ud800', '\udc00', '😀', '👩‍👩‍👧', 'ǅ', 'ﷺ', '㈱', 'Ω', 'K', 'ε', '\u0342', '\u0345'),
    fc.string({ unit: 'binary', maxLength: 2 }),
  ),
  maxLength: 80,
});
