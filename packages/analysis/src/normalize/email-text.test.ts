import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailText } from './email-text.ts';
import { normalizeText } from './normalize-text.ts';
import { toOriginalSpan } from './normalized-text.ts';
import { checkOffsets, hostile } from './test-helpers.ts';

const plain = (raw: string) => emailText(normalizeText(raw)).text;

describe('emailText', () => {
  it.each([
    ['write name @ gmail .com', 'write name@gmail.com'],
    ['name at gmail dot com', 'name@gmail.com'],
    ['name(at)gmail(dot)com', 'name@gmail.com'],
    ['name [at] mail [dot] co [dot] uk', 'name@mail.co.uk'],
    ['Anna.K {at} proton.me', 'anna.k@proton.me'],
    ['jan małpa wp kropka pl', 'jan małpa wp kropka pl'], // 'kropka' is not a dot word we accept
    ['jan małpa wp punkt pl', 'jan@wp.pl'],
    ['ivan собака mail точка ru', 'ivan@mail.ru'],
  ])('%s', (raw, want) => {
    expect(plain(raw)).toBe(want);
  });

  it('does not invent addresses from prose', () => {
    expect(plain('meet me at home. come alone')).toBe('meet me at home. come alone');
    expect(plain('look at this dot product')).toBe('look at this dot product');
  });

  it('keeps plain addresses untouched and maps rewritten ones back', () => {
    expect(plain('a@b.com')).toBe('a@b.com');
    const raw = 'mail: Name AT Gmail DOT com!';
    const n = emailText(normalizeText(raw));
    const at = n.text.indexOf('name@gmail.com');
    const span = toOriginalSpan(n, at, at + 'name@gmail.com'.length);
    expect(raw.slice(span.start, span.end)).toBe('Name AT Gmail DOT com');
  });

  it('never throws and keeps offsets valid (property)', () => {
    const parts = fc.constantFrom('name', ' at ', '(at)', '@', ' dot ', '.', 'gmail', 'com', ' ', '[dot]');
    const mixed = fc.array(fc.oneof(parts, hostile), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(mixed, hostile), (raw) => {
        checkOffsets(raw, emailText(normalizeText(raw)));
      }),
      { numRuns: 1500 },
    );
  });
});
