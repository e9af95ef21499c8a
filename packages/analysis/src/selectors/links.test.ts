import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.ts';
import { findLinks, mayHoldLink, simpleLink } from './links.ts';

describe('findLinks', () => {
  it('finds links with and without scheme, with host offsets', () => {
    const text = 'see https://www.Anna.xyz/p?id=1. and (t.me/anna_x) or anna-x.club';
    const hits = findLinks(text).map((h) => [h.raw, h.host, text.slice(h.hostStart, h.hostEnd), h.hasPath]);
    expect(hits).toEqual([
      ['https://www.Anna.xyz/p?id=1', 'www.Anna.xyz', 'www.Anna.xyz', true],
      ['t.me/anna_x', 't.me', 't.me', true],
      ['anna-x.club', 'anna-x.club', 'anna-x.club', false],
    ]);
  });

  it('reads the simple ASCII shape exactly as linkify-it does', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    const tld = fc.constantFrom('com', 'de', 'xyz', 'club', 'onion', 'co', 'zz', 'abc', 'uk', 'nl');
    const path = fc.stringMatching(/^([/?#][a-zA-Z0-9\-._~%/?#=&+]{0,12})?$/);
    const token = fc
      .tuple(
        fc.constantFrom('', 'http://', 'https://', '//', 'ftp://', 'HTTPS://'),
        fc.array(label, { minLength: 1, maxLength: 3 }),
        tld,
        path,
        fc.constantFrom('', '.', ',', '!?', ':', '..', '...', ';', '?', '!'),
      )
      .map(([scheme, labels, t, p, tail]) => `${scheme}${labels.join('.')}.${t}${p}${tail}`);
    fc.assert(
      fc.property(token, (tok) => {
        const simple = simpleLink(tok);
        if (!simple) return;
        const found = linkify.match(tok) ?? [];
        expect(found.map((f) => [f.index, f.raw, f.schema === '' ? f.url : 'scheme'])).toEqual([
          [0, simple.raw, simple.explicitScheme ? 'scheme' : simple.href],
        ]);
      }),
      { numRuns: 3000 },
    );
  });

  it('skips only tokens in which neither linkify-it nor simpleLink finds a link (property)', () => {
    const piece = fc.constantFrom(
      ...['a', 'y', 'o', 'co', 'de', 'x', 'рф', 'р', 'é', '1', '26', '2025', '127', '0', '.', '..', ',', ':'],
      ...['/', '//', '://', 'http', 'http:', 'ftp:', 'mailto:', '@', '-', '_', '?', '#', '(', ')', '%', '😀'],
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (parts) => {
        const tok = parts.join('');
        if (mayHoldLink(tok)) return;
        expect(linkify.match(tok)).toBeNull();
        expect(simpleLink(tok)).toBeNull();
      }),
      { numRuns: 5000 },
    );
    expect(mayHoldLink('y.o.,')).toBe(false);
    expect(mayHoldLink('26.9.2025')).toBe(false);
    expect(mayHoldLink('a.co')).toBe(true);
  });
});
