import { describe, expect, it } from 'vitest';
import { domainKind, registrableDomain } from './domain.ts';
import { itKeepsSelectorProperties } from './kind-properties.testkit.ts';

const extract = (text: string) => domainKind.extract(text, {}).map((m) => [m.value, m.raw]);

describe('domain kind', () => {
  it('extracts the registrable domain of every link, raw being the host as written', () => {
    expect(extract('Ads on WWW.Sexy-Anna.co.uk and https://m.escort-berlin.de/anna')).toEqual([
      ['sexy-anna.co.uk', 'WWW.Sexy-Anna.co.uk'],
      ['escort-berlin.de', 'm.escort-berlin.de'],
    ]);
  });

  it('keeps each blog on a private suffix apart', () => {
    expect(registrableDomain('anna.blogspot.com')).toBe('anna.blogspot.com');
  });

  it('skips IPs, onion hosts, unknown TLDs and e-mail domains', () => {
    expect(extract('http://192.168.1.1/x')).toEqual([]);
    expect(extract('duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion')).toEqual([]);
    expect(extract('file.txt and name.surname')).toEqual([]);
    expect(extract('mail me: anna@gmail.com')).toEqual([]);
  });

  it('normalises hosts, URLs and IDNs', () => {
    expect(registrableDomain('https://User@Shop.Example.COM:8080/x')).toBe('example.com');
    expect(registrableDomain('bücher.de')).toBe('xn--bcher-kva.de');
    expect(registrableDomain('co.uk')).toBeNull();
    expect(registrableDomain('-bad-.com')).toBeNull();
  });

  itKeepsSelectorProperties(domainKind, [
    'anna.com',
    'WWW.X.CO.UK',
    'bücher.de',
    'a.onion',
    'x.blogspot.com',
    '1.2.3.4',
  ]);
});
