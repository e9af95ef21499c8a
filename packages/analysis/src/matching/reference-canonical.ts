import type { SelectorType } from '@vigil/model';
import type { SelectorKind } from '../types.ts';
import { canonicalName, canonicalUsername } from './fuzzy-normalize.ts';
import type { Canonicalizer } from './reference-value.ts';

export type KindLookup = (type: SelectorType) => SelectorKind | undefined;

/**
 * Canonicaliser for reference values on top of the analysis engine's selector kinds, so a
 * watchlist value and a value found in an ad meet in the same form. Names and bare usernames,
 * which are not selectors, get their own canonical forms.
 */
export function createCanonicalizer(kindOf: KindLookup): Canonicalizer {
  return (type, raw, options = {}) => {
    if (type === 'name') return canonicalName(raw) || null;
    if (type === 'username') {
      const u = canonicalUsername(raw);
      return u && u.length <= 256 ? u : null;
    }
    const kind = kindOf(type);
    if (!kind) return null;
    try {
      return kind.normalize(raw, options.country ? { defaultCountry: options.country } : {}) ?? null;
    } catch {
      // A selector kind must not throw on hostile input; if one does, the value is just invalid.
      return null;
    }
  };
}
