import { selectorKind } from '../selectors/index.ts';
import { createCanonicalizer } from './reference-canonical.ts';
import type { CanonicalizeOptions, ReferenceValueType } from './reference-value.ts';

const registryCanonicalizer = createCanonicalizer((type) => selectorKind(type));

/**
 * Canonical form of a reference value with the analysis engine's own selector code, so a
 * watchlist entry and a selector found in an ad compare equal. Null when the value is invalid.
 *
 * @example canonicalize('phone', '06 12345678', { country: 'NL' }) // '+31612345678'
 */
export function canonicalize(
  type: ReferenceValueType,
  value: string,
  options: CanonicalizeOptions = {},
): string | null {
  return registryCanonicalizer(type, value, options);
}
