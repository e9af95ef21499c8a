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
});
