import type { ExtractOptions, SelectorKind, SelectorMatch } from '../types.ts';
import { cryptoKind } from './crypto.ts';
import { domainKind } from './domain.ts';
import { emailKind } from './email.ts';
import { extractAllWith } from './extract-all.ts';
import { handleKind } from './handle.ts';
import { ibanKind } from './iban.ts';
import { onionKind } from './onion.ts';
import { phoneKind } from './phone.ts';
import { urlKind } from './url.ts';

/** Every selector kind Vigil extracts. Order is only the order of `extract` calls. */
export const selectorKinds: SelectorKind[] = [
  phoneKind,
  emailKind,
  urlKind,
  domainKind,
  onionKind,
  handleKind,
  cryptoKind,
  ibanKind,
];

/** The kind for a selector type, e.g. to normalise a value typed into a watchlist. */
export function selectorKind(type: string): SelectorKind | undefined {
  return selectorKinds.find((k) => k.type === type);
}

/** All selectors in `text`, overlaps settled (see `extractAllWith`), sorted by position. */
export function extractAll(text: string, options: ExtractOptions = {}): SelectorMatch[] {
  return extractAllWith(selectorKinds, text, options);
}

export { parseCryptoAddress } from './crypto.ts';
export { registrableDomain } from './domain.ts';
export { HANDLE_SERVICES } from './handle-services.ts';
export { canonicalUrl } from './url.ts';
export { cryptoKind, domainKind, emailKind, extractAllWith, handleKind, ibanKind, onionKind, urlKind };
