import { SELECTOR_TYPES, type SelectorType } from '@vigil/model';

/** What a reference set holds: canonical selectors, plus names and bare usernames for fuzzy matching. */
export type ReferenceValueType = SelectorType | 'name' | 'username';
export const REFERENCE_VALUE_TYPES: readonly ReferenceValueType[] = [...SELECTOR_TYPES, 'name', 'username'];

/** One value of a reference set: canonical `value`, the `raw` text it was imported from. */
export interface ReferenceValue {
  type: ReferenceValueType;
  value: string;
  raw: string;
  label?: string;
  /** ISO 3166-1 alpha-2, when the row names one (e.g. a person's nationality or a phone's region). */
  country?: string;
}

export interface CanonicalizeOptions {
  /** Default region for phone numbers written without a country code. */
  country?: string;
}

/** Canonical value of `raw` as type `type`, or null when it is not a valid value of that type. */
export type Canonicalizer = (
  type: ReferenceValueType,
  raw: string,
  options?: CanonicalizeOptions,
) => string | null;

/** Names people and tools use for our types (MISP, FollowTheMoney, spreadsheets). */
const TYPE_ALIASES: Record<string, ReferenceValueType> = {
  tel: 'phone',
  telephone: 'phone',
  'phone-number': 'phone',
  mobile: 'phone',
  msisdn: 'phone',
  'e-mail': 'email',
  mail: 'email',
  website: 'url',
  link: 'url',
  uri: 'url',
  hostname: 'domain',
  wallet: 'crypto',
  btc: 'crypto',
  xmr: 'crypto',
  eth: 'crypto',
  account: 'iban',
  person: 'name',
  'full-name': 'name',
  fullname: 'name',
  alias: 'name',
  user: 'username',
  login: 'username',
  nickname: 'username',
  'screen-name': 'username',
};

export function referenceType(name: string): ReferenceValueType | undefined {
  const key = name.trim().toLowerCase();
  if ((REFERENCE_VALUE_TYPES as readonly string[]).includes(key)) return key as ReferenceValueType;
  return TYPE_ALIASES[key];
}
