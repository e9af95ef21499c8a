import type { SelectorType } from '@vigil/model';
import type { NormalizedText } from './normalize/normalized-text.ts';

/**
 * Shared shapes of the analysis engine. Offsets are UTF-16 code-unit indices into the ORIGINAL
 * text (end exclusive), so a reader can always highlight exactly what was matched.
 */

/** An item as read from a file, a crawl or the API. */
export interface ItemInput {
  id: string;
  text: string;
  title?: string;
  url?: string;
  platform?: string;
  /** ISO 3166-1 alpha-2, used as the default region for phone numbers. */
  country?: string;
  posted_at?: string;
  /** ISO 639-1 when known; detected otherwise. */
  lang?: string;
}

/** One selector found in a text: canonical `value`, the `raw` text it came from, and where. */
export interface SelectorMatch {
  type: SelectorType;
  /** Canonical form: E.164 phone, lower-case e-mail, `service:handle`, checksummed crypto, IBAN without spaces. */
  value: string;
  raw: string;
  start: number;
  end: number;
  /** Facts about how it was written, e.g. 'obfuscated' (spelled-out digits, spacing, homoglyphs). */
  flags?: string[];
}

/** Options that shape extraction. */
export interface ExtractOptions {
  /** ISO 3166-1 alpha-2 region for numbers written without a country code. */
  defaultCountry?: string;
  /** The item's own country (ISO 3166-1 alpha-2); tried before `defaultCountry`. */
  country?: string;
  /** The item's language (ISO 639-1), a weak hint for the region of a phone number. */
  lang?: string;
}

/** A text prepared once by the pipeline and shared by the selector kinds that can use it. */
export interface PreparedText {
  raw: string;
  /** normalizeText(raw): offsets map back into `raw`. */
  normalized: NormalizedText;
}

/**
 * One selector type behind one interface, in the manner of FollowTheMoney's property types:
 * find candidates, validate, canonicalise, and compare.
 */
export interface SelectorKind {
  type: SelectorType;
  /** Find all occurrences in `text` (already normalised where the kind wants it). */
  extract(text: string, options: ExtractOptions): SelectorMatch[];
  /** Canonical value for a single value typed by a person or read from a watchlist, or null if invalid. */
  normalize(value: string, options?: ExtractOptions): string | null;
  /** Whether a canonical value is valid. */
  validate(value: string): boolean;
  /** Similarity of two canonical values in [0, 1]; 1 means the same selector. */
  compare(a: string, b: string): number;
  /**
   * Optional faster path used by the pipeline: extract from a text it has already normalised.
   * Offsets of the result are into `prepared.raw`.
   */
  extractPrepared?(prepared: PreparedText, options: ExtractOptions): SelectorMatch[];
}

/** An indicator of trafficking found in the text. Offsets into the original text. */
export interface IndicatorMatch {
  id: string;
  category: string;
  weight: number;
  lang: string;
  match: string;
  start: number;
  end: number;
}

export type ItemKind = 'commercial_sex' | 'massage' | 'recruitment' | 'other';

/** One contribution to the risk score, shown to the investigator. */
export interface Reason {
  /** e.g. 'indicator', 'selector', 'kind', 'combination' */
  source: string;
  /** Stable id, e.g. the indicator id or 'phone.obfuscated'. */
  code: string;
  /** Human-readable explanation. */
  label: string;
  /** Points contributed to the score (may be negative). */
  points: number;
}

export interface ItemAnalysis {
  id: string;
  lang: string | undefined;
  kind: ItemKind;
  kindReasons: string[];
  score: number;
  reasons: Reason[];
  selectors: SelectorMatch[];
  indicators: IndicatorMatch[];
  /** Version of the lexicons and scoring rules, so a score can be reproduced. */
  rulesVersion: string;
}
