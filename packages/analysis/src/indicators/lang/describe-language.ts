import { describe, expect, it } from 'vitest';
import { assess } from '../../scoring/test-helpers.ts';
import type { ItemKind } from '../../types.ts';
import { detectLanguage } from '../language-detect.ts';

export interface MatchCase {
  text: string;
  /** Indicator ids that must all be found. */
  ids: string[];
  kind?: ItemKind;
  minScore?: number;
}

export interface InnocentCase {
  text: string;
  maxScore: number;
  /** Indicator ids (or id prefixes ending in '.') that must not be found. */
  absent?: string[];
}

/**
 * Shared shape of the per-language tests: realistic synthetic ads that must match, and innocent
 * texts sharing their words (real job ads, NGO notices) that must stay low. Texts are lower-cased
 * here because the matcher works on normalised lower-case text.
 */
export const describeLanguage = (lang: string, matches: MatchCase[], innocent: InnocentCase[]): void => {
  describe(`${lang} lexicon`, () => {
    it.each(matches.map((c) => [c.text.slice(0, 50), c] as const))('matches: %s…', (_t, c) => {
      const text = c.text.toLowerCase();
      expect(detectLanguage(text)).toBe(lang);
      const r = assess(text, lang);
      expect(r.ids).toEqual(expect.arrayContaining(c.ids));
      if (c.kind) expect(r.kind).toBe(c.kind);
      if (c.minScore !== undefined) expect(r.score).toBeGreaterThanOrEqual(c.minScore);
    });

    it.each(innocent.map((c) => [c.text.slice(0, 50), c] as const))('stays low: %s…', (_t, c) => {
      const r = assess(c.text.toLowerCase(), lang);
      for (const a of c.absent ?? []) {
        expect(r.ids.filter((id) => (a.endsWith('.') ? id.startsWith(a) : id === a))).toEqual([]);
      }
      expect(r.score, JSON.stringify(r.reasons)).toBeLessThanOrEqual(c.maxScore);
    });
  });
};
