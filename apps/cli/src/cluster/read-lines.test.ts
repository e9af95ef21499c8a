import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from './read-lines.ts';

async function collect(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks))) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on \\n and \\r\\n, across chunk borders, keeping a last line without newline', async () => {
    expect(await collect(['a\r\nb', 'c\n\nd'])).toEqual(['a', 'bc', '', 'd']);
    expect(await collect([''])).toEqual([]);
    expect(await collect(['x\n'])).toEqual(['x']);
  });

  it('decodes multi-byte characters split between chunks', async () => {
    const bytes = Buffer.from('Олена 💋\nΕλένη\n');
    expect(await collect([bytes.subarray(0, 3), bytes.subarray(3, 12), bytes.subarray(12)])).toEqual([
      'Олена 💋',
      'Ελένη',
    ]);
  });

  it('agrees with String.split for any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 8 }), { maxLength: 8 }), async (parts) => {
        const text = parts.join('');
        const expected = text.split('\n');
        if (expected[expected.length - 1] === '') expected.pop();
        expect(await collect(parts.length ? parts : [''])).toEqual(
          expected.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)),
        );
      }),
    );
  });
});
