import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from './api.ts';
import { launchBrowser } from './browser.ts';
import { serverEnv, startVigil, stopChild } from './cli.ts';

/** The synthetic first administrator and the password every other synthetic user gets. */
export const ADMIN = { email: 'admin@example.test', password: 'synthetic-admin-password' };
export const PASSWORD = 'synthetic-user-password';

/** A real `vigil serve` on a fresh embedded data directory (or DATABASE_URL), plus a headless Chromium. */
export interface BrowserVigil {
  url: string;
  child: ChildProcess;
  browser: Browser;
  /** Closes the browser, stops the server with SIGTERM and removes the data; resolves to its exit code. */
  stop(): Promise<number | null>;
}

export async function startBrowserVigil(prefix: string): Promise<BrowserVigil> {
  const dataDir = mkdtempSync(join(tmpdir(), `vigil-${prefix}-`));
  const { env, cleanup } = serverEnv(dataDir);
  const server = await startVigil({
    ...env,
    VIGIL_ADMIN_EMAIL: ADMIN.email,
    VIGIL_ADMIN_PASSWORD: ADMIN.password,
  });
  const browser = await launchBrowser().catch(async (error) => {
    await stopChild(server.child, 'SIGTERM');
    throw error;
  });
  return {
    ...server,
    browser,
    async stop() {
      await browser.close();
      const code = await stopChild(server.child, 'SIGTERM');
      await cleanup();
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/** One synthetic user per role and country, named after the role, all with PASSWORD. */
export async function addUsers(
  admin: ApiClient,
  users: readonly (readonly [role: string, country: string])[],
): Promise<void> {
  for (const [role, country] of users)
    await admin.post('/api/users', {
      email: `${role}@example.test`,
      name: `Synthetic ${role}`,
      role,
      country,
      password: PASSWORD,
    });
}

/**
 * Signs in through the login form in a new browser context. Any JavaScript dialog fails the test
 * (hostile content must never run). With an operation id, opens that operation's command centre
 * and waits for the live feed to connect (a screenshot is left in /tmp when it does not).
 */
export async function signInPage(
  vigil: BrowserVigil,
  email: string,
  options: { password?: string; operationId?: string } = {},
): Promise<Page> {
  const page = await (await vigil.browser.newContext()).newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(vigil.url);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(options.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-menu').waitFor();
  if (options.operationId === undefined) return page;
  // Strings run in the page (this file is type-checked without the DOM library).
  await page.evaluate(`localStorage.setItem('vigil.operationId', ${JSON.stringify(options.operationId)})`);
  await page.goto(vigil.url);
  await page
    .locator('[data-testid=live-status][data-status=live]')
    .waitFor({ timeout: 30_000 })
    .catch(async (error) => {
      await page.screenshot({ path: '/tmp/vigil-e2e-failure.png' });
      throw error;
    });
  return page;
}
