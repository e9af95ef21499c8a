import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signInApi } from './support/api.ts';
import { hasChromium } from './support/browser.ts';
import {
  ADMIN,
  addUsers,
  type BrowserVigil,
  PASSWORD,
  signInPage,
  startBrowserVigil,
} from './support/browser-vigil.ts';

/**
 * Reference sets and hits in the browser: import (with a refused file first), a live hit, a lead;
 * sharing keys (administrators) and a set exported as a keyed filter (its owner).
 */
describe.skipIf(!hasChromium)('cross-checks in a browser', () => {
  let vigil: BrowserVigil;
  let operationId: string;
  let investigator: ApiClient;

  beforeAll(async () => {
    vigil = await startBrowserVigil('xc');
    const admin = await signInApi(vigil.url, ADMIN.email, ADMIN.password);
    await addUsers(admin, [
      ['analyst', 'NL'],
      ['investigator', 'PL'],
    ]);
    operationId = (await admin.post<{ id: string }>('/api/operations', { name: 'Synthetic cross-check day' }))
      .id;
    investigator = await signInApi(vigil.url, 'investigator@example.test', PASSWORD);
  });
  afterAll(async () => {
    await vigil?.stop();
  });

  const signIn = (email: string) => signInPage(vigil, email, { operationId });

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

  it('lets an administrator make, export and revoke keys, and the owner export a set as a filter', async () => {
    const admin = await signInPage(vigil, ADMIN.email, { password: ADMIN.password, operationId });
    await admin.getByRole('link', { name: 'Reference sets', exact: true }).click();
    const panel = admin.getByTestId('sharing-keys-panel');
    for (const group of ['synthetic-jit', 'synthetic-old']) {
      await panel.getByTestId('sharing-key-group').fill(group);
      await panel.getByTestId('sharing-key-create').click();
      await panel.getByRole('cell', { name: group, exact: true }).waitFor();
    }
    const oldRow = panel.locator('[data-testid^=sharing-key-row-]', { hasText: 'synthetic-old' });
    await oldRow.getByRole('button', { name: 'Revoke', exact: true }).click();
    await oldRow.getByRole('button', { name: 'Revoke for good' }).click();
    await panel.locator('[data-testid^=sharing-key-row-][data-revoked=true]').waitFor();
    const liveRow = panel.locator('[data-testid^=sharing-key-row-]', { hasText: 'synthetic-jit' });
    await liveRow.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(admin.getByTestId('sharing-key-file').textContent()).resolves.toMatch(
      /^# .*\n[0-9a-f]{64,}/s,
    );
    await admin.getByRole('button', { name: 'Done' }).click();

    const analystApi = await signInApi(vigil.url, 'analyst@example.test', PASSWORD);
    const { set } = await analystApi.post<{ set: { id: string } }>(
      `/api/operations/${operationId}/reference-sets`,
      {
        name: 'Synthetic shared list',
        content: 'type,value\nphone,+31 6 12 12 34 34\n',
      },
    );
    const analyst = await signIn('analyst@example.test');
    await analyst.getByRole('link', { name: 'Reference sets', exact: true }).click();
    await analyst.getByTestId(`set-export-filter-${set.id}`).click();
    expect(await analyst.getByTestId('sharing-keys-panel').count()).toBe(0);
    const dialog = analyst.getByRole('dialog');
    await dialog.getByLabel('Sharing group').click();
    expect(await analyst.getByRole('option', { name: 'synthetic-old' }).count()).toBe(0);
    await analyst.getByRole('option', { name: 'synthetic-jit' }).click();
    const [download] = await Promise.all([
      analyst.waitForEvent('download'),
      dialog.getByTestId('filter-export-submit').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.synthetic-jit\.v1\.vgf$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('VIGILFLT');
    await expect(dialog.getByTestId('filter-export-fp-rate').textContent()).resolves.toMatch(/e-/);
  });
});
