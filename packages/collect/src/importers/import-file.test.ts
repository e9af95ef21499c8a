import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryItemSink } from '../crawl/item-sink.ts';
import { MemoryEvidenceIndex } from '../evidence/evidence-index.ts';
import { EvidenceStore } from '../evidence/evidence-store.ts';
import { EvidenceWriter } from '../evidence/evidence-writer.ts';
import { captureToWarc } from '../evidence/warc-capture.ts';
import type { FetchResult } from '../net/fetch-types.ts';
import { detectFormat, importFile } from './import-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-import-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function context() {
  const index = new MemoryEvidenceIndex();
  const store = new EvidenceStore(join(dir, `store-${Math.random()}`));
  return {
    index,
    sink: new MemoryItemSink(),
    writer: new EvidenceWriter(store, index),
    capturedBy: 'analyst-de-2',
  };
}

const page = (body: string): FetchResult => ({
  ok: true,
  url: 'https://board.example/list',
  hops: [],
  contentKind: 'html',
  body: gzipSync(body),
  final: {
    url: 'https://board.example/list',
    method: 'GET',
    requestHeaders: [['Host', 'board.example']],
    startedAt: new Date('2026-11-20T10:00:00Z'),
    status: 200,
    statusText: 'OK',
    responseHeaders: [
      ['Content-Type', 'text/html; charset=utf-8'],
      ['Content-Encoding', 'gzip'],
    ],
    rawBody: gzipSync(body),
    via: 'direct',
  },
});

describe('importFile', () => {
  it('detects formats by extension', () => {
    expect(['a.jsonl', 'b.ndjson', 'c.CSV', 'd.htm', 'e.warc.gz', 'f.txt'].map(detectFormat)).toEqual([
      'jsonl',
      'jsonl',
      'csv',
      'html',
      'warc',
      undefined,
    ]);
  });

  it('imports JSONL, skipping bad lines, and is idempotent', async () => {
    const path = join(dir, 'capture.jsonl');
    await writeFile(
      path,
      [
        JSON.stringify({
          id: 1,
          title: 'Work in Germany',
          text: 'Free housing, call zero six one two',
          url: 'https://board.example/ad/1',
          username: 'agent_x',
          images: ['https://board.example/1.png'],
        }),
        '{not json',
        '[1,2]',
        JSON.stringify({ other: 'no text' }),
        '',
        JSON.stringify({ body: 'Second ad body' }),
      ].join('\n'),
    );
    const ctx = context();
    const first = await importFile(path, ctx);
    expect(first).toMatchObject({ format: 'jsonl', items: 2, newItems: 2, evidenceCreated: true });
    expect(first.skipped.map((s) => s.at)).toEqual(['line 2', 'line 3', 'line 4']);
    const items = [...ctx.sink.items.values()];
    expect(items[0]).toMatchObject({
      externalId: '1',
      author: 'agent_x',
      url: 'https://board.example/ad/1',
      images: ['https://board.example/1.png'],
    });
    expect(items[1]?.url).toBe('file:capture.jsonl#line-6');
    expect(items.every((i) => i.evidenceSha256 === first.evidenceSha256)).toBe(true);
    const second = await importFile(path, ctx);
    expect(second).toMatchObject({ items: 2, newItems: 0, evidenceCreated: false });
    expect(ctx.index.rows.size).toBe(1);
    expect(ctx.index.log.map((l) => l.action)).toEqual(['import']);
  });

  it('imports CSV with aliases, quotes and a BOM', async () => {
    const path = join(dir, 'sheet.csv');
    await writeFile(
      path,
      '\uFEFFSubject,Body,Link,Phone\n"Job, abroad","Passport kept by employer","https://jobs.example/9","+48 600 000 000"\n,,,\n',
    );
    const ctx = context();
    const summary = await importFile(path, ctx);
    expect(summary).toMatchObject({ items: 1, newItems: 1 });
    expect(summary.skipped).toEqual([{ at: 'row 3', reason: 'no text or title' }]);
    expect([...ctx.sink.items.values()][0]).toMatchObject({
      title: 'Job, abroad',
      url: 'https://jobs.example/9',
      contact: ['+48 600 000 000'],
    });
  });

  it('imports a saved HTML page, using its canonical URL', async () => {
    const path = join(dir, 'saved.html');
    await writeFile(
      path,
      '<html><head><title>Saved</title><link rel="canonical" href="https://forum.example/t/5"></head><body><div class="post"><h3>Post one</h3><p>Text one</p></div><div class="post"><h3>Post two</h3></div><script>evil()</script></body></html>',
    );
    const ctx = context();
    const summary = await importFile(path, ctx);
    expect(summary.items).toBe(2);
    expect([...ctx.sink.items.values()].map((i) => i.url)).toEqual([
      'https://forum.example/t/5#item-1',
      'https://forum.example/t/5#item-2',
    ]);
    const plain = join(dir, 'plain.htm');
    await writeFile(
      plain,
      '<html><head><title>Just a page</title></head><body><p>Only text here</p></body></html>',
    );
    const ctx2 = context();
    await importFile(plain, ctx2);
    expect([...ctx2.sink.items.values()][0]).toMatchObject({
      title: 'Just a page',
      text: 'Only text here',
      url: 'file:plain.htm',
    });
  });

  it('imports WARC files (gzipped or plain) and skips records whose digests do not match', async () => {
    const warc = captureToWarc(page('<article class="ad"><h2>From WARC</h2><p>Body</p></article>'), {
      capturedBy: 'elsewhere',
    });
    const path = join(dir, 'capture.warc.gz');
    await writeFile(path, warc.bytes);
    const ctx = context();
    const summary = await importFile(path, ctx);
    expect(summary).toMatchObject({ format: 'warc', items: 1, newItems: 1, skipped: [] });
    expect([...ctx.sink.items.values()][0]).toMatchObject({
      title: 'From WARC',
      url: 'https://board.example/list#item-1',
    });
    expect((await importFile(path, ctx)).newItems).toBe(0);

    const tampered = gunzipSync(warc.bytes).toString('latin1').replace('HTTP/1.1 200 OK', 'HTTP/1.1 200 XX');
    const bad = join(dir, 'tampered.warc');
    await writeFile(bad, Buffer.from(tampered, 'latin1'));
    const badSummary = await importFile(bad, context());
    expect(badSummary.items).toBe(0);
    expect(badSummary.skipped[0]?.reason).toMatch(/digest mismatch/);
  });

  it('reports a truncated WARC instead of throwing', async () => {
    const warc = captureToWarc(page('<article class="ad"><h2>x</h2></article>'), { capturedBy: 'x' });
    const path = join(dir, 'cut.warc');
    const plain = gunzipSync(warc.bytes);
    await writeFile(path, plain.subarray(0, plain.length - 50));
    const summary = await importFile(path, context());
    expect(summary.skipped.at(-1)?.reason).toMatch(/WARC reading stopped/);
  });
});
