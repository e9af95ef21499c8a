import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { serverEnv, startVigil, stopChild } from './support/cli.ts';

const ADMIN = { email: 'admin@example.test', password: 'synthetic-admin-password' };

if (!hasChromium && process.env.CI)
  throw new Error('CI must have Debian chromium at /usr/bin/chromium (.ci/run installs it)');

describe.skipIf(!hasChromium)('the command centre shell in a browser', () => {
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-shell-'));
  const { env, cleanup } = serverEnv(dataDir);

  beforeAll(async () => {
    server = await startVigil({
      ...env,
      VIGIL_ADMIN_EMAIL: ADMIN.email,
      VIGIL_ADMIN_PASSWORD: ADMIN.password,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await stopChild(server.child, 'SIGTERM')).toBe(0);
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the shell: sign-in, then the navigation of the command centre', async () => {
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { database: { kind: string } };
    expect(health.database.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'embedded');
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    for (const label of ['Operations', 'Platforms', 'Items', 'People', 'Leads', 'Figures']) {
      await page.getByRole('link', { name: label, exact: true }).waitFor();
    }
    await page.getByRole('link', { name: 'Platforms', exact: true }).click();
    await page.waitForURL(/\/platforms$/);
    // A client route survives a reload: the server answers unknown paths with the app.
    await page.reload();
    await page.getByRole('link', { name: 'Platforms', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/platforms');
  });
});
