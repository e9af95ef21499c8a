import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { serverEnv, startVigil, stopChild } from './support/cli.ts';

if (!hasChromium && process.env.CI)
  throw new Error('CI must have Debian chromium at /usr/bin/chromium (.ci/run installs it)');

describe.skipIf(!hasChromium)('the command centre shell in a browser', () => {
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-shell-'));
  const { env, cleanup } = serverEnv(dataDir);

  beforeAll(async () => {
    server = await startVigil(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await stopChild(server.child, 'SIGTERM')).toBe(0);
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the shell with its navigation and the database state', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    for (const label of ['Operations', 'Platforms', 'Items', 'People', 'Leads', 'Figures']) {
      await expect(page.getByRole('link', { name: label, exact: true }).isVisible()).resolves.toBe(true);
    }
    const kind = process.env.DATABASE_URL ? 'postgres' : 'embedded';
    await page
      .getByTestId('health')
      .filter({ hasText: `${kind} database` })
      .waitFor();
    await page.getByRole('link', { name: 'Platforms', exact: true }).click();
    await page.getByRole('heading', { name: 'Platforms' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/platforms');
    await page.reload();
    await page.getByRole('heading', { name: 'Platforms' }).waitFor();
  });
});
