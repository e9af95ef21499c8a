import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the launcher
import { BUNDLE, bundleIsFresh } from '../apps/cli/bin/scan-bundle.mjs';
import { generateAds } from '../bench/corpus/ads.ts';
import { childEnv, ROOT, runVigil, VIGIL } from './support/cli.ts';

/**
 * `vigil scan` as a user runs it: the launcher starts the scan in a second process (with a larger
 * young generation), so these tests check what must survive that: output, the summary on stderr,
 * exit codes, standard input and signals.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-scan-cmd-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const good = { id: 'a1', text: 'New girl in town, call 5 o 3 * 7 2 4 * 3 o 1 6', country: 'US' };

describe('vigil scan', () => {
  it('analyses a JSONL file and reports the summary on stderr', async () => {
    const file = join(dir, 'items.jsonl');
    await writeFile(file, `${JSON.stringify(good)}\n`);
    const r = await runVigil(['scan', file], childEnv({}));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout.trim());
    expect(out.id).toBe('a1');
    expect(out.selectors.map((s: { value: string }) => s.value)).toContain('+15037243016');
    expect(r.stderr).toMatch(/vigil scan: 1 items, 0 bad records skipped/);
  });

  it('with --strict exits non-zero at a bad line, after writing what came before it', async () => {
    const file = join(dir, 'bad.jsonl');
    await writeFile(file, `${JSON.stringify(good)}\n{not json\n`);
    const r = await runVigil(['scan', '--strict', file], childEnv({}));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('"id":"a1"');
    expect(r.stderr).toMatch(/line 2/);
  });

  it('reads standard input and stops on SIGTERM, forwarded to the scan process', async () => {
    const child = spawn(process.execPath, [VIGIL, 'scan', '-'], {
      cwd: ROOT,
      env: childEnv({}),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Enough items to pass the 1,000-item window and fill a 64 KB output block, so output appears while stdin stays open.
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) lines.push(JSON.stringify({ ...good, id: `s${i}` }));
    child.stdin.write(`${lines.join('\n')}\n`);
    const deadline = Date.now() + 60_000;
    while (!stdout.includes('"id":"s0"') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(stdout).toContain('"id":"s0"');
    const scanPids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(scanPids.length).toBe(1);
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    expect(signal ?? code).toBe('SIGTERM');
    // The scan process got the signal too (it did not outlive the launcher).
    const gone = () => {
      try {
        process.kill(scanPids[0]!, 0);
        return false;
      } catch {
        return true;
      }
    };
    const until = Date.now() + 10_000;
    while (!gone() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(gone()).toBe(true);
  });

  it('runs from the prebuilt bundle, which writes the same bytes as the TypeScript sources', async () => {
    const file = join(dir, 'corpus.jsonl');
    const lines = [...generateAds({ count: 1500, seed: 7 })].map((item) => JSON.stringify(item));
    await writeFile(file, `${lines.join('\n')}\n`);
    for (const format of ['jsonl', 'csv']) {
      const bundled = await runVigil(['scan', '--format', format, file], childEnv({}));
      const sources = await runVigil(['scan', '--format', format, file], childEnv({ VIGIL_NO_BUNDLE: '1' }));
      expect(bundled.code).toBe(0);
      expect(sources.code).toBe(0);
      expect(bundled.stdout.length).toBeGreaterThan(100_000);
      expect(bundled.stdout === sources.stdout).toBe(true);
    }
    expect(bundleIsFresh()).toBe(true);
    expect(BUNDLE).toMatch(/apps[/\\]cli[/\\]dist[/\\]scan\.mjs$/);
  });

  it('counts the bundle stale when one of its inputs is newer, or missing', async () => {
    const bundle = join(dir, 'fake.mjs');
    const inputs = join(dir, 'fake.inputs.json');
    const source = join(dir, 'source.ts');
    await writeFile(source, 'export {};');
    await writeFile(inputs, JSON.stringify(['source.ts']));
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(bundle, '// built');
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(source, 'export const changed = 1;');
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(bundle, '// rebuilt');
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(true);
    await writeFile(inputs, JSON.stringify(['source.ts', 'gone.ts']));
    expect(bundleIsFresh(bundle, inputs, dir)).toBe(false);
  });
});
