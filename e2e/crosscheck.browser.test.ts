import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signInApi } from './support/api.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { serverEnv, startVigil, stopChild } from './support/cli.ts';

const ADMIN = { email: 'admin@example.test', password: 'synthetic-admin-password' };
const PASSWORD = 'synthetic-user-password';

/** Reference sets and hits in the browser: import (with a refused file first), a live hit, a lead. */
describe.skipIf(!hasChromium)('cross-checks in a browser', () => {
  let server: { child: ChildProcess; url: string };
  let browser: Browser;
  let operationId: string;
  let investigator: ApiClient;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-xc-'));
  const { env, cleanup } = serverEnv(dataDir);

  beforeAll(async () => {
    server = await startVigil({
      ...env,
      VIGIL_ADMIN_EMAIL: ADMIN.email,
      VIGIL_ADMIN_PASSWORD: ADMIN.password,
    });
    const admin = await signInApi(server.url, ADMIN.email, ADMIN.password);
    for (const [role, country] of [
      ['analyst', 'NL'],
      ['investigator', 'PL'],
    ] as const) {
      await admin.post('/api/users', {
        email: `${role}@example.test`,
        name: `Synthetic ${role}`,
        role,
        country,
        password: PASSWORD,
      });
    }
    operationId = (await admin.post<{ id: string }>('/api/operations', { name: 'Synthetic cross-check day' }))
      .id;
    investigator = await signInApi(server.url, 'investigator@example.test', PASSWORD);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await stopChild(server.child, 'SIGTERM');
    await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(email: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('user-menu').waitFor();
    await page.evaluate(`localStorage.setItem('vigil.operationId', ${JSON.stringify(operationId)})`);
    await page.goto(server.url);
    await page.locator('[data-testid=live-status][data-status=live]').waitFor({ timeout: 30_000 });
    return page;
  }

  it('imports a watchlist, shows a new matching item live as a hit, and turns it into a lead', async () => {
    const analyst = await signIn('analyst@example.test');
    await analyst.getByRole('link', { name: 'Reference sets', exact: true }).click();
    await analyst.getByRole('button', { name: 'Import set' }).click();
    const dialog = analyst.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Synthetic NL watchlist');
    await dialog.getByLabel('Set file').fill('type,value\nphone,+31 6 55 44 33 22\nshoe,size 44\n');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(analyst.getByTestId('set-import-error').textContent()).resolves.toContain('line 3');

    await dialog.getByLabel('Set file').fill('type,value\nphone,+31 6 55 44 33 22\n');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await analyst.getByTestId('set-import-result').waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await analyst.getByTestId('sets-table').getByText('Synthetic NL watchlist').waitFor();

    // The hits page is open before the item arrives: the hit must appear without a reload.
    await analyst.getByRole('link', { name: 'Hits', exact: true }).click();
    await analyst.getByTestId('hits-table').waitFor();
    await investigator.post(`/api/operations/${operationId}/items`, {
      text: 'Synthetic ad: write to 0031 6 55443322 today',
    });
    const row = analyst.locator('[data-testid^=hit-row-]').first();
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getAttribute('data-strength')).toBe('strong');
    await expect(row.textContent()).resolves.toContain('Synthetic NL watchlist (NL)');

    await row.getByRole('button', { name: 'Create lead' }).click();
    await row.getByRole('link', { name: 'Lead' }).waitFor();
    const leads = await investigator.get<{ sourceType: string }[]>(`/api/operations/${operationId}/leads`);
    expect(leads.map((lead) => lead.sourceType)).toContain('hit');
  });
});
