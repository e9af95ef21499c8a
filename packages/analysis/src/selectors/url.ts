import type { SelectorKind, SelectorMatch } from '../types.ts';
import { findLinks } from './links.ts';

/** Query parameters that only track the click and would split one URL into many. */
const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|yclid|igshid|igsh|mc_eid|mc_cid|_ga|si)$/i;
const TRACKING_IN_QUERY = /[?&](?:utm_|fbclid|gclid|dclid|msclkid|yclid|igsh|mc_|_ga|si=)/i;
const SCHEMES = new Set(['http:', 'https:', 'ftp:']);

/**
 * Canonical URL: WHATWG parsing (lower-case punycode host, default port dropped, path
 * percent-encoded), no fragment, no tracking parameters. Null when it is not a web URL.
 */
export function canonicalUrl(value: string): string | null {
  let input = value.trim();
  if (input === '' || input.length > 8192 || /\s/.test(input)) return null;
  if (input.startsWith('//')) input = `http:${input}`;
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) input = `http://${input}`;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (!SCHEMES.has(url.protocol) || url.hostname === '' || !url.hostname.includes('.')) return null;
  // Setting a URL part re-parses the whole URL, so touch only what is there.
  if (url.hash !== '') url.hash = '';
  if (url.search !== '' && TRACKING_IN_QUERY.test(url.search)) {
    const drop = [...url.searchParams.keys()].filter((k) => TRACKING.test(k));
    for (const key of drop) url.searchParams.delete(key);
    if (url.search === '?') url.search = '';
  }
  return url.href;
}

/** URLs that the text actually wrote as URLs: with a scheme or a path. A bare host is a domain, not a URL. */
export const urlKind: SelectorKind = {
  type: 'url',
  extract(text) {
    const out: SelectorMatch[] = [];
    for (const hit of findLinks(text)) {
      if (!hit.explicitScheme && !hit.hasPath) continue;
      const value = canonicalUrl(hit.href);
      if (value) out.push({ type: 'url', value, raw: hit.raw, start: hit.start, end: hit.end });
    }
    return out;
  },
  normalize: canonicalUrl,
  validate(value) {
    return canonicalUrl(value) === value;
  },
  compare(a, b) {
    if (a === b) return 1;
    return loose(a) === loose(b) ? 0.9 : 0;
  },
};

/** The same page over http/https, with or without `www.` and a trailing slash. */
function loose(url: string): string {
  return url.replace(/^[a-z]+:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
}
