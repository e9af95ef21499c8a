/** The kinds of selector Vigil extracts and matches: the "typed values" of an investigation. */
export const SELECTOR_TYPES = [
  'phone',
  'email',
  'url',
  'domain',
  'onion',
  'handle',
  'crypto',
  'iban',
  'image',
] as const;

export type SelectorType = (typeof SELECTOR_TYPES)[number];

/** Strong selectors identify a person or account; weak ones (a domain) never link items on their own. */
export const STRONG_SELECTOR_TYPES: readonly SelectorType[] = [
  'phone',
  'email',
  'onion',
  'handle',
  'crypto',
  'iban',
  'image',
];
