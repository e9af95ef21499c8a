import { chmod, mkdir, mkdtemp, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../fixtures/fixture-server.ts';
import { defaultLimits, type FetchResult } from '../net/fetch-types.ts';
import { safeFetch } from '../net/safe-fetch.ts';
import { createPlatformRouter } from '../tor/router.ts';
import { sha256Hex } from './digest.ts';
import { MemoryEvidenceIndex } from './evidence-index.ts';
import { EvidenceStore } from './evidence-store.ts';
import { EvidenceWriter } from './evidence-writer.ts';
import { recoverStore } from './recover-store.ts';
import { verifyPassed, verifyStore } from './verify-store.ts';
import { checkRecordDigests, type ReadRecord, readWarc, splitHttp } from './warc-reader.ts';

let fixture: FixtureServer;
let dir: string;
let store: EvidenceStore;
let index: MemoryEvidenceIndex;
let writer: EvidenceWriter;
const ctx = { capturedBy: 'investigator-nl-7', crawlId: 'c1' };

beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-evidence-'));
  store = new EvidenceStore(dir);
  index = new MemoryEvidenceIndex();
  writer = new EvidenceWriter(store, index);
  return () => rm(dir, { recursive: true, force: true });
});

async function fetchFixture(path: string): Promise<FetchResult> {
  const limits = { ...defaultLimits, totalTimeoutMs: 2000, maxBytes: 256 * 1024 };
  const router = createPlatformRouter({ limits, localOrigins: [fixture.origin] });
  const result = await safeFetch(`${fixture.origin}${path}`, { router: router.route, limits });
  await router.close();
  return result;
}

async function records(sha: string): Promise<ReadRecord[]> {
  const out: ReadRecord[] = [];
  for await (const r of readWarc(store.pathOf(sha))) out.push(r);
  return out;
}

describe('WARC capture into the content-addressed store', () => {
  it('writes warcinfo, request, response, metadata with exact lengths and sha256 digests', async () => {
    const result = await fetchFixture('/hostile/script');
    const row = await writer.captureFetch(result, ctx);
    const path = store.pathOf(row.sha256);
    expect(path).toContain(
      join('evidence', 'sha256', row.sha256.slice(0, 2), row.sha256.slice(2, 4), row.sha256),
    );
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    expect(sha256Hex(await readFile(path))).toBe(row.sha256);
    const recs = await records(row.sha256);
    expect(recs.map((r) => r.get('WARC-Type'))).toEqual(['warcinfo', 'request', 'response', 'metadata']);
    for (const r of recs) {
      expect(r.version).toBe('WARC/1.1');
      expect(Number(r.get('Content-Length'))).toBe(r.block.length);
      expect(r.get('WARC-Record-ID')).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
      expect(r.get('WARC-Block-Digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(checkRecordDigests(r).problems).toEqual([]);
    }
    const response = recs[2]!;
    expect(response.get('WARC-Target-URI')).toBe(`${fixture.origin}/hostile/script`);
    expect(response.get('WARC-Payload-Digest')).toBe(`sha256:${row.payloadSha256}`);
    expect(splitHttp(response.block).body.toString()).toContain('window.pwned=1');
    expect(recs[1]!.get('WARC-Concurrent-To')).toBe(response.get('WARC-Record-ID'));
    expect(row.warcRecordId).toBe(response.get('WARC-Record-ID'));
    expect(index.log.map((l) => l.action)).toEqual(['capture']);
  });

  it('uses one gzip member per record', async () => {
    const row = await writer.captureFetch(await fetchFixture('/hostile/malformed'), ctx);
    const bytes = await readFile(store.pathOf(row.sha256));
    let members = 0;
    for (let i = 0; i + 2 < bytes.length; i++)
      if (bytes[i] === 0x1f && bytes[i + 1] === 0x8b && bytes[i + 2] === 8) members++;
    expect(members).toBeGreaterThanOrEqual(4);
    expect(
      gunzipSync(bytes)
        .toString('latin1')
        .match(/^WARC\/1\.1\r$/gm),
    ).toHaveLength(4);
  });

  it('records redirects, truncation and failures too', async () => {
    const loop = await writer.captureFetch(await fetchFixture('/hostile/loop-a'), ctx);
    const loopTypes = (await records(loop.sha256)).map((r) => r.get('WARC-Type'));
    expect(loopTypes.filter((t) => t === 'response')).toHaveLength(2);
    const huge = await writer.captureFetch(await fetchFixture('/hostile/huge'), ctx);
    const response = (await records(huge.sha256)).find((r) => r.get('WARC-Type') === 'response')!;
    expect(response.get('WARC-Truncated')).toBe('length');
    const none = await writer.captureFetch(await fetchFixture('/hostile/no-headers'), ctx);
    const meta = (await records(none.sha256)).at(-1)!;
    expect(JSON.parse(meta.block.toString()).error.kind).toBe('timeout');
  });

  it('stores identical bytes once', async () => {
    const a = await writer.storeBytes(Buffer.from('same image bytes'), 'image', 'image/png', ctx);
    const b = await writer.storeBytes(Buffer.from('same image bytes'), 'image', 'image/png', ctx);
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.id).toBe(a.id);
    expect(index.rows.size).toBe(1);
  });
});

describe('verifyStore and recovery', () => {
  it('passes on an intact store and reports tampering, deletion and unrecorded files', async () => {
    const a = await writer.captureFetch(await fetchFixture('/hostile/script'), ctx);
    const b = await writer.captureFetch(await fetchFixture('/hostile/malformed'), ctx);
    const c = await writer.storeBytes(Buffer.from('img'), 'image', 'image/png', ctx);
    expect(verifyPassed(await verifyStore(store, index))).toBe(true);

    await chmod(store.pathOf(a.sha256), 0o644);
    await writeFile(store.pathOf(a.sha256), 'tampered');
    await unlink(store.pathOf(b.sha256));
    index.rows.delete(c.sha256);
    const report = await verifyStore(store, index);
    expect(verifyPassed(report)).toBe(false);
    expect(report.mismatched.map((m) => m.sha256)).toEqual([a.sha256]);
    expect(report.writable).toEqual([a.sha256]);
    expect(report.missing).toEqual([b.sha256]);
    expect(report.unrecorded).toEqual([c.sha256]);
  });

  it('detects an edited custody log entry', async () => {
    await writer.storeBytes(Buffer.from('one'), 'image', 'image/png', ctx);
    await writer.storeBytes(Buffer.from('two'), 'image', 'image/png', ctx);
    index.log[0]!.actor = 'someone-else';
    expect((await verifyStore(store, index)).custodyBreaks).toEqual([1]);
  });

  it('sweeps temp files and records complete but unrecorded objects after a crash', async () => {
    const row = await writer.captureFetch(await fetchFixture('/hostile/script'), ctx);
    const fresh = new MemoryEvidenceIndex();
    await mkdir(store.tmpDir, { recursive: true });
    await writeFile(join(store.tmpDir, 'abc.half-written.tmp'), 'partial');
    const report = await recoverStore(store, fresh, 'worker-1');
    expect(report.tempFilesRemoved).toBe(1);
    expect(report.recorded).toEqual([row.sha256]);
    const recovered = await fresh.get(row.sha256);
    expect(recovered?.kind).toBe('warc');
    expect(recovered?.targetUri).toBe(`${fixture.origin}/hostile/script`);
    expect(fresh.log[0]?.action).toBe('recover');
    expect(verifyPassed(await verifyStore(store, fresh))).toBe(true);
  });
});

describe('readWarc', () => {
  it('reads uncompressed WARC and rejects a file cut inside a record', async () => {
    const row = await writer.captureFetch(await fetchFixture('/hostile/script'), ctx);
    const plain = gunzipSync(await store.read(row.sha256));
    const plainPath = join(dir, 'plain.warc');
    await writeFile(plainPath, plain);
    let n = 0;
    for await (const _ of readWarc(plainPath)) n++;
    expect(n).toBe(4);
    await writeFile(plainPath, plain.subarray(0, plain.length - 100));
    await expect(
      (async () => {
        for await (const _ of readWarc(plainPath));
      })(),
    ).rejects.toThrow(/ends inside a record/);
  });
});
