/** Why a fetch failed. Every failure of the network layer is one of these, never a thrown error. */
export type FetchErrorKind =
  | 'bad_url'
  | 'blocked_address'
  | 'dns'
  | 'connect'
  | 'timeout'
  | 'reset'
  | 'too_large'
  | 'redirect_loop'
  | 'too_many_redirects'
  | 'proxy'
  | 'tls'
  | 'protocol'
  | 'decode';

export interface FetchError {
  kind: FetchErrorKind;
  message: string;
  url: string;
}

export interface FetchLimits {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  /** Longest pause between two body chunks. */
  bodyTimeoutMs: number;
  /** Deadline for one exchange, so a response that drips one byte a second still ends. */
  totalTimeoutMs: number;
  /** Cap on bytes received AND on bytes after content decoding (gzip/br/deflate bombs). */
  maxBytes: number;
  maxRedirects: number;
}

export const defaultLimits: FetchLimits = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 10,
};

export type Header = [name: string, value: string];

/** One request/response pair exactly as exchanged, kept for the WARC record. */
export interface HttpExchange {
  url: string;
  method: 'GET';
  requestHeaders: Header[];
  startedAt: Date;
  status: number;
  statusText: string;
  responseHeaders: Header[];
  /** Entity body as received (transfer coding removed, content coding kept): the WARC payload. */
  rawBody: Buffer;
  /** Set when the body was cut short; the WARC record then carries WARC-Truncated. */
  truncated?: 'length' | 'time' | 'disconnect';
  /** Route the exchange took, recorded in metadata. */
  via: 'direct' | 'tor';
}

export type ContentKind = 'html' | 'json' | 'text' | 'binary';

export interface FetchedPage {
  ok: true;
  url: string;
  /** Redirect responses followed before the final one, in order. */
  hops: HttpExchange[];
  final: HttpExchange;
  contentKind: ContentKind;
  /** Body after content decoding (bounded by maxBytes). */
  body: Buffer;
  /** Decoded text for html/json/text; undefined for binary content, which is recorded, not parsed. */
  text?: string;
  charset?: string;
}

export interface FetchFailure {
  ok: false;
  url: string;
  error: FetchError;
  hops: HttpExchange[];
  /** What did arrive before the failure (for example a truncated body), still worth recording. */
  partial?: HttpExchange;
}

export type FetchResult = FetchedPage | FetchFailure;
