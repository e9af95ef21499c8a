import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type FixtureServer, fixtureAdapters, startFixtureServer } from '@vigil/collect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../../..');
const MAIN = join(ROOT, 'apps/cli/src/main.ts');
const vigil = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, maxBuffer: 1 << 24 }).catch(
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

let fixture: FixtureServer;
let dir: string;
beforeAll(async () => {
  fixture = await startFixtureServer({ classifiedsAds: 12 });
  dir = await mkdtemp(join(tmpdir(), 'vigil-cli-crawl-'));
});
afterAll(async () => {
  await fixture.close();
  await rm(dir, { recursive: true, force: true });
});

describe('vigil crawl / import / evidence verify', () => {
  it('crawls an adapter file into a folder, imports a capture, verifies, and detects tampering', async () => {
    const adapterPath = join(dir, 'classifieds.json');
    await writeFile(adapterPath, JSON.stringify(fixtureAdapters(fixture.origin).classifieds));
    const out = join(dir, 'out');
    const crawl = await vigil(['crawl', adapterPath, '--out', out, '--quiet', '--as', 'tester']);
    expect(crawl.stdout).toContain('14 pages, 12 items (12 new)');
    const items = (await readFile(join(out, 'items.jsonl'), 'utf8')).trim().split('\n');
    expect(items).toHaveLength(12);

    const capture = join(dir, 'capture.jsonl');
    await writeFile(
      capture,
      `${JSON.stringify({ title: 'Imported', text: 'Passport kept by employer', url: 'https://x.example/1' })}\n`,
    );
    expect((await vigil(['import', capture, '--out', out])).stdout).toMatch(/1 items \(1 new\)/);
    expect((await vigil(['import', capture, '--out', out])).stdout).toMatch(
      /1 items \(0 new\).*already stored/,
    );

    const ok = await vigil(['evidence', 'verify', '--dir', out]);
    expect(ok.stdout).toContain('evidence store verified: no mismatch');

    const first = JSON.parse(items[0]!) as { evidenceSha256: string };
    const path = join(
      out,
      'evidence',
      'sha256',
      first.evidenceSha256.slice(0, 2),
      first.evidenceSha256.slice(2, 4),
      first.evidenceSha256,
    );
    await chmod(path, 0o644);
    await writeFile(path, 'altered');
    const bad = await vigil(['evidence', 'verify', '--dir', out]);
    expect('code' in bad && bad.code).toBe(1);
    expect(bad.stdout).toContain(`MISMATCH ${first.evidenceSha256}`);
  }, 300_000); // five CLI start-ups; each loads the whole CLI

  it('names the field of an invalid adapter', async () => {
    const adapterPath = join(dir, 'bad.json');
    await writeFile(
      adapterPath,
      JSON.stringify({ name: 'bad', startUrls: ['https://x.example/'], items: { fields: { title: 3 } } }),
    );
    const result = await vigil(['crawl', adapterPath, '--out', join(dir, 'bad')]);
    expect(result.stderr).toContain('adapter "bad": items.fields.title: expected string');
  });
});
