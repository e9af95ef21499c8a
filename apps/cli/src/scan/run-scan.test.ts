import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runScan, type ScanOptions, StrictModeError } from './run-scan.ts';

async function scan(input: string | Buffer, opts: Partial<ScanOptions> = {}) {
  const chunks: string[] = [];
  const logs: string[] = [];
  const output = new Writable({
    highWaterMark: 64, // tiny buffer: exercises backpressure
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      setImmediate(cb);
    },
  });
  const summary = await runScan({
    input: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]),
    output,
    log: (l) => logs.push(l),
    inputFormat: 'jsonl',
    format: 'jsonl',
    ...opts,
  });
  return { out: chunks.join(''), logs, summary };
}

const good = (id: string, text: string, extra = {}) => JSON.stringify({ id, text, ...extra });

describe('runScan', () => {
  it('writes one JSON object per item with the public fields', async () => {
    const { out, summary } = await scan(
      `${good('a', 'Call 06-12345678 now, 100% real', { country: 'NL' })}\n`,
    );
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual([
      'id',
      'lang',
      'kind',
      'score',
      'reasons',
      'selectors',
      'indicators',
    ]);
    expect(rows[0].selectors[0]).toMatchObject({
      type: 'phone',
      value: '+31612345678',
      raw: '06-12345678',
      start: 5,
    });
    expect(summary).toMatchObject({ items: 1, errors: 0 });
  });

  it('reports bad records with line numbers and goes on', async () => {
    const input = Buffer.concat([
      Buffer.from(`${good('1', 'ok')}\n{broken\n\n[1,2]\n{"id":"x"}\n`),
      Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0a]),
      Buffer.from(`${good('2', 'x'.repeat(5000))}\n${good('3', 'fine')}`),
    ]);
    const { out, logs, summary } = await scan(input, { maxRecordBytes: 1000 });
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['1', '3']);
    expect(summary.errors).toBe(5);
    expect(logs.join('\n')).toMatch(/line 2: malformed JSON/);
    expect(logs.join('\n')).toMatch(/line 4: not a JSON object/);
    expect(logs.join('\n')).toMatch(/line 5: missing "text"/);
    expect(logs.join('\n')).toMatch(/line 6: invalid utf-8/);
    expect(logs.join('\n')).toMatch(/line 7: record longer than 1000 bytes/);
  });

  it('handles empty input and binary junk without crashing', async () => {
    expect((await scan('')).summary).toMatchObject({ items: 0, errors: 0 });
    const junk = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const r = await scan(junk);
    expect(r.summary.items).toBe(0);
    expect(r.summary.errors).toBeGreaterThan(0);
  });

  it('--strict stops at the first bad record', async () => {
    await expect(
      scan(`${good('1', 'ok')}\nnope\n${good('2', 'ok')}\n`, { strict: true }),
    ).rejects.toBeInstanceOf(StrictModeError);
  });

  it('reads CSV with a header, reporting broken rows', async () => {
    const csv = 'id,text,country\n1,"Bel 0612345678",NL\n2,"unterminated\n';
    const { out, logs } = await scan(csv, { inputFormat: 'csv' });
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows[0].selectors[0].value).toBe('+31612345678');
    expect(logs.length).toBeGreaterThan(0);
  });

  it('writes CSV with formula injection neutralised', async () => {
    const { out } = await scan(`${good('=cmd|x', 'hello')}\n`, { format: 'csv' });
    expect(out.split('\n')[0]).toMatch(/^id,lang,kind,score/);
    expect(out).toContain("'=cmd|x");
  });

  it('escapes every piece of scraped text in the HTML report', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      "javascript:alert('x')",
      '<a href="javascript:alert(1)">x</a>',
    ];
    const lines = payloads.map((p, i) =>
      good(`<b>${i}</b>`, `${p} call 06-12345678 100% real`, { title: p, country: 'NL' }),
    );
    const { out } = await scan(`${lines.join('\n')}\n`, { format: 'html' });
    expect(out).toContain('Content-Security-Policy');
    // Payload text may appear, but only as escaped text: no tag or attribute can form.
    expect(out).not.toMatch(/<(?:script|img|svg|a)[\s>]/i);
    expect(out).not.toMatch(/<[^>]*\son(?:error|load)=/i);
    expect(out).toContain('&#60;script&#62;');
    expect(out).toContain('<mark class="sel"');
  });
});
