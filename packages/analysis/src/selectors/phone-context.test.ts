import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitText } from '../normalize/digit-text.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { clueRegions } from './phone-context.ts';
import { REGION_CLUES } from './phone-regions.data.ts';

describe('clueRegions', () => {
  it('reads the same clues from the words digitText found as from its own scan', () => {
    const clues = Object.values(REGION_CLUES).flat();
    const parts = fc.oneof(
      fc.constantFrom(...clues),
      fc.constantFrom(' ', '-', "'", '’', 'ʼ', '.', '\u0301', 'é', '𝓐', '🙂', 'l', '5', 'one', 'x'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (list) => {
        const n = normalizeText(list.join(''));
        digitText(normalizeText('#'));
        const scanned = clueRegions(n.text); // digitText read another text: scanned
        // Without edits, the digit view is the text itself and its words are reused.
        if (digitText(n) === n) expect(clueRegions(n.text)).toEqual(scanned);
      }),
      { numRuns: 3000 },
    );
  });
});
