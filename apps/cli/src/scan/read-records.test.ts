import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type InputRecord, readRecords } from './read-records.ts';

async function read(chunks: (string | Uint8Array)[], maxRecordBytes = 1000): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  const input = Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
  for await (const r of readRecords(input, { format: 'jsonl', maxRecordBytes, encoding: 'utf-8' }))
    out.push(r);
  return out;
}

const ok = (id: string) => `{"id":"${id}","text":"t"}`;
const brief = (rs: InputRecord[]) =>
  rs.map((r) => ('item' in r ? `${r.line}:${r.item.id}` : `${r.line}:${r.error}`));

describe('readRecords (JSONL)', () => {
  it('reads lines split anywhere across chunks, with CRLF, blank lines and a last line without \\n', async () => {
    const text = `${ok('a')}\r\n\n${ok('b')}\n  \n${ok('é💋')}\n${ok('c')}`;
    const expected = ['1:a', '3:b', '5:é💋', '6:c'];
    expect(brief(await read([text]))).toEqual(expected);
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 7, 30]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(brief(await read(chunks))).toEqual(expected);
    }
    const plain = new Uint8Array(bytes); // a stream may hand out Uint8Arrays that are not Buffers
    const chunks = [plain.subarray(0, 40), plain.subarray(40)];
    expect(brief(await read(chunks))).toEqual(expected);
  });

  it('splits lines at \\n only, not at characters whose UTF-16 code units hold a 0x0a byte', async () => {
    // U+010A and U+0A0A are 0a 01 and 0a 0a in UTF-16LE; U+0A00 puts 0a at an odd offset before 00.
    const ids = ['\u010a', '\u0a0a', 'a\u0a00b', '\u0a0a\u010a'];
    const text = ids.map((id) => `${ok(id)}\r\n`).join('');
    expect(brief(await read([text]))).toEqual(ids.map((id, i) => `${i + 1}:${id}`));
  });

  it('drops a byte order mark at the start of any line, and a second one on line 1', async () => {
    const rs = await read([`\ufeff\ufeff${ok('a')}\n\ufeff${ok('b')}\n\ufeff\ufeff${ok('c')}\n`]);
    expect(brief(rs).slice(0, 2)).toEqual(['1:a', '2:b']);
    expect(brief(rs)[2]).toMatch(/^3:malformed JSON/);
  });

  it('reports bad UTF-8 and long lines by line, the other lines of the chunk still read', async () => {
    const chunk = Buffer.concat([
      Buffer.from(`${ok('a')}\n`),
      Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a]),
      Buffer.from(`{"id":"long","text":"${'x'.repeat(60)}"}\n${ok('b')}\n`),
    ]);
    expect(brief(await read([chunk], 50))).toEqual([
      '1:a',
      '2:invalid utf-8 (use --encoding latin1 for Latin-1 files)',
      '3:record longer than 50 bytes',
      '4:b',
    ]);
    expect(brief(await read([chunk.subarray(0, 30), chunk.subarray(30)], 50))).toEqual(
      brief(await read([chunk], 50)),
    );
  });
});
