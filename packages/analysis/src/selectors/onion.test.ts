import { describe, expect, it } from 'vitest';
import { itKeepsSelectorProperties } from './kind-properties.testkit.ts';
import { isValidOnionV3, onionKind, onionV3FromPublicKey } from './onion.ts';

// Public, well-known v3 services (The Tor Project, DuckDuckGo): real checksums, no personal data.
const TOR = '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid';
const DDG = 'duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad';

describe('onion kind', () => {
  it('validates v3 checksums of known services', () => {
    expect(isValidOnionV3(TOR)).toBe(true);
    expect(isValidOnionV3(DDG)).toBe(true);
    // one character changed breaks the checksum
    expect(isValidOnionV3(`${TOR.slice(0, 10)}a${TOR.slice(11)}`)).toBe(false);
    expect(isValidOnionV3('a'.repeat(56))).toBe(false);
  });

  it('builds addresses from public keys that validate (synthetic keys)', () => {
    const key = new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff);
    const address = onionV3FromPublicKey(key);
    expect(address).toMatch(/^[a-z2-7]{56}\.onion$/);
    expect(onionKind.validate(address)).toBe(true);
  });

  it('extracts addresses from text and URLs, dropping subdomains and case', () => {
    const text = `Mirror: http://www.${DDG.toUpperCase()}.onion/ads and ${TOR}.onion.`;
    const found = onionKind.extract(text, {});
    expect(found.map((m) => m.value)).toEqual([`${DDG}.onion`, `${TOR}.onion`]);
    expect(found[0]?.raw).toBe(`${DDG.toUpperCase()}.onion`);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('flags v2 addresses and rejects bad lengths, bad alphabets and bad checksums', () => {
    const [v2] = onionKind.extract('old: expyuzz4wqqyqhjn.onion', {});
    expect(v2).toMatchObject({ value: 'expyuzz4wqqyqhjn.onion', flags: ['deprecated_v2'] });
    expect(
      onionKind.extract(`${'b'.repeat(55)}.onion abcdefgh18901234.onion ${'c'.repeat(56)}.onion`, {}),
    ).toEqual([]);
    expect(onionKind.extract(`x${TOR}.onion`, {})).toEqual([]);
  });

  it('normalises typed addresses and URLs', () => {
    expect(onionKind.normalize(` HTTP://${TOR.toUpperCase()}.ONION/path `)).toBe(`${TOR}.onion`);
    expect(onionKind.normalize('example.com')).toBeNull();
  });

  it('stays linear on long dotted runs', () => {
    const text = `${'ab.'.repeat(300_000)}${TOR}.onion`;
    expect(onionKind.extract(text, {}).map((m) => m.value)).toEqual([`${TOR}.onion`]);
  });

  itKeepsSelectorProperties(onionKind, [
    `${TOR}.onion`,
    `${DDG}.onion`,
    'expyuzz4wqqyqhjn.onion',
    '.onion',
    'www.',
    TOR,
  ]);
});
