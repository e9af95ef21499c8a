import { describe, expect, it } from 'vitest';
import { Utf8Block } from './utf8-block.ts';

describe('Utf8Block', () => {
  it('gathers strings as the UTF-8 of their concatenation, multi-byte and lone surrogates included', () => {
    const parts = ['ascii ', 'é ß двадцять ', '💋🍒 ', 'lone \ud83d end', '\n'];
    const b = new Utf8Block(1024);
    for (const p of parts) b.add(p);
    expect(b.take().equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
    expect(b.empty).toBe(true);
  });

  it('counts as full past its size, grows for a longer string, and hands out copies', () => {
    const b = new Utf8Block(8);
    b.add('short');
    expect(b.full).toBe(false);
    const long = 'é💋'.repeat(1000);
    b.add(long);
    expect(b.full).toBe(true);
    const first = b.take();
    expect(first.toString('utf8')).toBe(`short${long}`);
    b.add('next');
    expect(b.take().toString('utf8')).toBe('next');
    expect(first.toString('utf8')).toBe(`short${long}`); // not overwritten by the reuse
  });

  it('writes JSON string literals as JSON.stringify does, short and long, escapes and surrogates', () => {
    const strings = [
      '',
      'en',
      'é ß двадцять',
      'देवनागरी €',
      '💋🍒',
      'a"b',
      'a\\b',
      'tab\t',
      '\u0000\u001f',
      '\u007f\u0080',
    ];
    strings.push(
      'lone \ud83d end',
      'lone \udc8b',
      `${'x'.repeat(63)}é`,
      'é'.repeat(64),
      'é'.repeat(65),
      '€'.repeat(300),
    );
    const b = new Utf8Block(16);
    for (const s of strings) b.jsonString(s);
    expect(b.take().toString('utf8')).toBe(strings.map((s) => JSON.stringify(s)).join(''));
  });
});
