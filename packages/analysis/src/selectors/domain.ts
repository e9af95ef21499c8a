import { parse } from 'tldts';
import type { SelectorKind, SelectorMatch } from '../types.ts';
import { findLinks } from './links.ts';

/** Hosts seen lately and their registrable domains: ads repeat their own sites and a few big ones. */
const memo = new Map<string, string | null>();

/**
 * Registrable domain (`www.anna.co.uk` -> `anna.co.uk`), lower-case, punycode for IDNs, or null
 * when there is none (private suffixes such as blogspot.com count, so each blog is its own domain): IPs, unknown TLDs, bare public suffixes. Onion hosts belong to the onion kind. Memoised.
 */
export function registrableDomain(value: string): string | null {
  let domain = memo.get(value);
  if (domain === undefined) {
    domain = readRegistrableDomain(value);
    if (memo.size >= 2048) memo.clear();
    memo.set(value, domain);
  }
  return domain;
}

function readRegistrableDomain(value: string): string | null {
  let host = value.trim().toLowerCase();
  if (host === '' || host.length > 253 || /[\s/?#@]/.test(host)) {
    host = hostOf(host) ?? '';
    if (host === '') return null;
  }
  host = host.replace(/\.$/, '');
  if (/[^\x00-\x7f]/.test(host)) {
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      return null;
    }
  }
  if (!/^[a-z0-9.-]+$/.test(host)) return null;
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp || !info.domain || !(info.isIcann || info.isPrivate) || info.publicSuffix === 'onion')
    return null;
  if (info.domain.split('.').some((label) => label === '' || label.startsWith('-') || label.endsWith('-')))
    return null;
  return info.domain;
}

function hostOf(value: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    return url.hostname;
  } catch {
    return null;
  }
}

/** The registrable domain of every link's host. `raw` and the offsets cover the host as written. */
export const domainKind: SelectorKind = {
  type: 'domain',
  extract(text) {
    const out: SelectorMatch[] = [];
    for (const hit of findLinks(text)) {
      const value = registrableDomain(hit.host);
      if (value) out.push({ type: 'domain', value, raw: hit.host, start: hit.hostStart, end: hit.hostEnd });
    }
    return out;
  },
  normalize: registrableDomain,
  validate(value) {
    return registrableDomain(value) === value;
  },
  compare(a, b) {
    return a === b ? 1 : 0;
  },
};
