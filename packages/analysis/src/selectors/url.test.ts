import { describe, expect, it } from 'vitest';
import { itKeepsSelectorProperties } from './kind-properties.testkit.ts';
import { canonicalUrl, urlKind } from './url.ts';

const values = (text: string) => urlKind.extract(text, {}).map((m) => m.value);

describe('url kind', () => {
  it('finds links with a scheme or a path, canonicalised', () => {
    const text =
      'See HTTPS://WWW.Anna-Escort.XYZ:443/Profile?utm_source=fb&id=7#photos or anna-x.club/gallery.';
    expect(values(text)).toEqual(['https://www.anna-escort.xyz/Profile?id=7', 'http://anna-x.club/gallery']);
  });

  it('keeps raw text and offsets of the link as written', () => {
    const text = 'Profile: https://t.me/anna_x?utm_medium=ad, thanks';
    const [m] = urlKind.extract(text, {});
    expect(m?.raw).toBe('https://t.me/anna_x?utm_medium=ad');
    expect(text.slice(m!.start, m!.end)).toBe(m?.raw);
    expect(m?.value).toBe('https://t.me/anna_x');
  });

  it('finds .onion links', () => {
    const onion = 'duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion';
    expect(values(`mirror: http://${onion}/ads`)).toEqual([`http://${onion}/ads`]);
  });

  it('leaves bare hosts to the domain kind and ignores words, e-mails and file names', () => {
    expect(values('visit anna-escort.com today')).toEqual([]);
    expect(values('new in town.Call me, 100% real. End.')).toEqual([]);
    expect(values('write to anna@gmail.com')).toEqual([]);
    expect(values('photo.jpg and report.pdf')).toEqual([]);
  });

  it('normalises a typed URL and rejects non-web ones', () => {
    expect(canonicalUrl('Example.COM/a?utm_campaign=x&b=1')).toBe('http://example.com/a?b=1');
    expect(canonicalUrl('http://example.com:80/')).toBe('http://example.com/');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl('http://localhost/')).toBeNull();
  });

  it('compares scheme and www variants as near-identical', () => {
    expect(urlKind.compare('https://www.a.com/x', 'http://a.com/x')).toBe(0.9);
    expect(urlKind.compare('https://a.com/x', 'https://a.com/y')).toBe(0);
  });

  itKeepsSelectorProperties(urlKind, [
    'https://t.me/anna',
    'www.anna.xyz/p?utm_source=1',
    'http://[::1]/',
    'ftp://x.org',
    'a.com/',
    '//b.de/x',
    'http://xn--80ak6aa92e.com/',
  ]);
});
