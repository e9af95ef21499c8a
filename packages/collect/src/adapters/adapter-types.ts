/**
 * A platform's crawl described as data (a file or a registry entry), validated when loaded.
 * Selectors are CSS (cheerio) for HTML pages or JSON paths for JSON APIs.
 */
export type FieldSpec =
  /** CSS selector; the text of the first match. */
  string | { selector: string; attr?: string; all?: boolean } | { jsonPath: string; all?: boolean };

export const fieldNames = [
  'title',
  'text',
  'author',
  'postedAt',
  'price',
  'location',
  'images',
  'contact',
  'id',
] as const;
export type FieldName = (typeof fieldNames)[number];

export interface AdapterCookie {
  name: string;
  value: string;
  /** Host the cookie is sent to; defaults to the hosts of the start URLs. */
  domain?: string;
}

export interface Adapter {
  name: string;
  startUrls: string[];
  /** Links to further listing pages (categories, search results). */
  listing?: { linkPattern?: string; linkSelector?: string };
  items?: {
    /** Item pages: URLs matching this regular expression, or links matched by the selector. */
    linkPattern?: string;
    linkSelector?: string;
    /** Each match is one item (on item pages, or inline on listing pages when no item links are defined). */
    container?: string;
    /** JSON APIs: where the item array is. */
    jsonPath?: string;
    fields?: Partial<Record<FieldName, FieldSpec>>;
  };
  pagination?: { nextSelector?: string; nextJsonPath?: string };
  limits?: { maxDepth?: number; maxPages?: number; maxBytes?: number };
  rate?: { minDelayMs?: number; concurrency?: number };
  needsBrowser?: boolean;
  cookies?: AdapterCookie[];
  headers?: Record<string, string>;
  /** Only for fixture platforms on this machine: allows loopback/private addresses for the start origins. */
  local?: boolean;
  /** Pin the platform to Tor: every request via the SOCKS5 proxy, never direct. */
  tor?: boolean;
  /** ISO 3166-1 alpha-2, default region for phone numbers found on the platform. */
  country?: string;
}

export const defaultAdapterLimits = { maxDepth: 5, maxPages: 1000, maxBytes: 512 * 1024 * 1024 };
export const defaultRate = { minDelayMs: 1000, concurrency: 2 };
