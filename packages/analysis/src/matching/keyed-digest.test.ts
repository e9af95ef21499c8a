import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyedDigest, sha256, wordsToBytes } from './keyed-digest.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('createKeyedDigest', () => {
  it('equals node:crypto HMAC-SHA-256 for any key and message', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 100 }),
        fc.string({ maxLength: 200 }),
        (key, msg) => {
          const expected = createHmac('sha256', key).update(msg, 'utf8').digest('hex');
          expect(hex(createKeyedDigest(key).digest(msg))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles block boundaries and non-ASCII text', () => {
    const key = new Uint8Array(32).fill(9);
    const d = createKeyedDigest(key);
    for (const msg of [
      '',
      'a'.repeat(55),
      'a'.repeat(56),
      'b'.repeat(64),
      'c'.repeat(119),
      'name:Олександр',
      '📞'.repeat(40),
    ]) {
      expect(hex(d.digest(msg))).toBe(createHmac('sha256', key).update(msg, 'utf8').digest('hex'));
    }
  });

  it('takes the one-block ASCII fast path only where it is exact (55/56 bytes, late non-ASCII)', () => {
    const key = new Uint8Array(32).fill(3);
    const d = createKeyedDigest(key);
    const prefix = new TextEncoder().encode('email:');
    const out = new Int32Array(8);
    for (const text of ['x'.repeat(48), 'x'.repeat(49), 'x'.repeat(50), `${'y'.repeat(40)}é`, 'ü', '']) {
      d.digestPrefixedInto(prefix, text, out);
      const expected = createHmac('sha256', key).update(`email:${text}`, 'utf8').digest('hex');
      expect(hex(wordsToBytes(out))).toBe(expected);
      // The next short message must not inherit words from the previous one.
      expect(hex(d.digest('a'))).toBe(createHmac('sha256', key).update('a').digest('hex'));
    }
  });

  it('hashes a byte prefix plus text exactly like the joined string', () => {
    const d = createKeyedDigest(new Uint8Array(32).fill(5));
    const a = new Int32Array(8);
    const b = new Int32Array(8);
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 120 }), (prefix, text) => {
        d.digestInto(prefix + text, a);
        d.digestPrefixedInto(new TextEncoder().encode(prefix), text, b);
        expect([...b]).toEqual([...a]);
      }),
    );
  });

  it('sha256 equals node:crypto', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(hex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
      }),
    );
  });
});
