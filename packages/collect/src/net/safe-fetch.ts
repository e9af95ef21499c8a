import type { Dispatcher } from 'undici';
import { decodeText } from './charset.ts';
import { decodeContent } from './content-decoding.ts';
import { contentKindOf, headerValue } from './content-kind.ts';
import type { FetchError, FetchLimits, FetchResult, Header, HttpExchange } from './fetch-types.ts';
import { exchange } from './http-exchange.ts';

/** Which way a URL goes out: a dispatcher and its name, or a refusal (e.g. Tor required but absent). */
export type Route = { dispatcher: Dispatcher; via: HttpExchange['via'] } | { refuse: string };
export type Router = (url: URL) => Route;

export interface FetchContext {
  router: Router;
  limits: FetchLimits;
  /** Extra request headers (cookies an investigator provided, ...), possibly per URL so cookies stay on their hosts. */
  headers?: Header[] | ((url: URL) => Header[]);
  userAgent?: string;
}

export const defaultUserAgent = 'Vigil/0.1 (evidence capture)';
const redirectCodes = new Set([301, 302, 303, 307, 308]);

function fail(
  url: string,
  error: Omit<FetchError, 'url'>,
  hops: HttpExchange[],
  partial?: HttpExchange,
): FetchResult {
  return { ok: false, url, error: { ...error, url }, hops, ...(partial ? { partial } : {}) };
}

function requestHeadersFor(url: URL, ctx: FetchContext): Header[] {
  return [
    ['Host', url.host],
    ['User-Agent', ctx.userAgent ?? defaultUserAgent],
    ['Accept', 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8'],
    ['Accept-Encoding', 'gzip, deflate, br'],
    ...((typeof ctx.headers === 'function' ? ctx.headers(url) : ctx.headers) ?? []),
  ];
}

/**
 * GET a page following redirects by hand, so that every hop is routed and address-checked again,
 * recorded, and bounded (hop count, loops). Never throws: every failure is a typed result.
 */
export async function safeFetch(input: string, ctx: FetchContext): Promise<FetchResult> {
  const hops: HttpExchange[] = [];
  const seen = new Set<string>();
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return fail(input, { kind: 'bad_url', message: 'not a URL' }, hops);
  }
  for (;;) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return fail(url.href, { kind: 'bad_url', message: `scheme ${url.protocol} not fetched` }, hops);
    url.hash = '';
    if (seen.has(url.href)) return fail(url.href, { kind: 'redirect_loop', message: 'redirect loop' }, hops);
    seen.add(url.href);
    const route = ctx.router(url);
    if ('refuse' in route) return fail(url.href, { kind: 'blocked_address', message: route.refuse }, hops);
    const outcome = await exchange(url, route.dispatcher, requestHeadersFor(url, ctx), ctx.limits, route.via);
    if (outcome.error || !outcome.exchange)
      return fail(
        url.href,
        outcome.error ?? { kind: 'protocol', message: 'no response' },
        hops,
        outcome.exchange,
      );
    const ex = outcome.exchange;
    const location = headerValue(ex.responseHeaders, 'location');
    if (redirectCodes.has(ex.status) && location) {
      hops.push(ex);
      if (hops.length > ctx.limits.maxRedirects)
        return fail(
          ex.url,
          { kind: 'too_many_redirects', message: `more than ${ctx.limits.maxRedirects}` },
          hops,
        );
      try {
        url = new URL(location, url);
      } catch {
        return fail(ex.url, { kind: 'bad_url', message: 'unparseable Location header' }, hops);
      }
      continue;
    }
    return finishPage(ex, hops, ctx.limits);
  }
}

function finishPage(ex: HttpExchange, hops: HttpExchange[], limits: FetchLimits): FetchResult {
  const decoded = decodeContent(
    headerValue(ex.responseHeaders, 'content-encoding'),
    ex.rawBody,
    limits.maxBytes,
  );
  if (!decoded.ok) {
    // The raw body is complete and is recorded as received; only its decoded form was refused.
    return fail(ex.url, { kind: decoded.reason, message: decoded.message }, hops, ex);
  }
  const contentType = headerValue(ex.responseHeaders, 'content-type');
  const contentKind = contentKindOf(contentType, decoded.body);
  const page: FetchResult = { ok: true, url: ex.url, hops, final: ex, contentKind, body: decoded.body };
  if (contentKind !== 'binary') {
    const { text, charset } = decodeText(decoded.body, contentType);
    page.text = text;
    page.charset = charset;
  }
  return page;
}
