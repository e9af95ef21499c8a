import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInApi } from './support/api.ts';
import { hasChromium } from './support/browser.ts';
import {
  ADMIN,
  addUsers,
  type BrowserVigil,
  PASSWORD,
  signInPage,
  startBrowserVigil,
} from './support/browser-vigil.ts';

/** The "done when" of the command centre: two people, two browsers, one live picture. */
describe.skipIf(!hasChromium)('command centre in two browser contexts', () => {
  let vigil: BrowserVigil;
  let operationId: string;
  let platformId: string;

  beforeAll(async () => {
    vigil = await startBrowserVigil('cc');
    const admin = await signInApi(vigil.url, ADMIN.email, ADMIN.password);
    await addUsers(admin, [
      ['investigator', 'PL'],
      ['coordinator', 'NL'],
      ['observer', 'NL'],
    ]);
    const operation = await admin.post<{ id: string }>('/api/operations', {
      name: 'Synthetic browser day',
      countries: ['NL', 'PL'],
      focusGroup: { key: 'ukrainian_refugees', label: 'Ukrainian refugees', nationality: 'UA' },
    });
    operationId = operation.id;
    const platform = await admin.post<{ id: string }>(`/api/operations/${operationId}/platforms`, {
      name: 'Synthetic classifieds',
      kind: 'classifieds',
      targetGroups: ['ukrainian_refugees'],
    });
    platformId = platform.id;
  });
  afterAll(async () => {
    await vigil?.stop();
  });

  const signIn = (email: string) => signInPage(vigil, email, { operationId });

  const figure = async (page: Page, id: string) =>
    Number(await page.getByTestId(`figure-value-${id}`).textContent());

  it('shows one investigator’s work live in the coordinator’s command centre, and keeps victims from observers', async () => {
    const coordinator = await signIn('coordinator@example.test');
    const investigator = await signIn('investigator@example.test');
    const monitoredBefore = await figure(coordinator, 'platforms_monitored');
    const victimsBefore = await figure(coordinator, 'victims');

    // The investigator claims the platform and moves it to "monitored".
    await investigator.getByRole('link', { name: 'Platforms', exact: true }).click();
    const row = investigator.getByTestId(`platform-row-${platformId}`);
    await row.getByRole('button', { name: 'Claim' }).click();
    await row.getByLabel('Status').selectOption('monitored');
    await investigator.getByLabel('Reason').fill('ads aimed at Ukrainian women');
    await investigator.getByRole('button', { name: 'Change status' }).click();

    const feed = coordinator.getByTestId('live-feed');
    await feed.locator('[data-event-type="claim.created"]').first().waitFor();
    await feed.locator('[data-event-type="platform.status_changed"]').first().waitFor();
    await expect
      .poll(() => figure(coordinator, 'platforms_monitored'), { timeout: 10_000 })
      .toBe(monitoredBefore + 1);

    // The investigator adds a hostile item: it must show as text and run nothing.
    await investigator.getByRole('link', { name: 'Items', exact: true }).click();
    await investigator.getByRole('button', { name: 'Add item' }).click();
    const hostile =
      'Call 0 6 1 2 3 4 5 6 7 8 <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> <a href="javascript:window.__pwned=3">x</a>';
    await investigator.getByLabel('Text').fill(hostile);
    await investigator.getByRole('button', { name: 'Save item' }).click();
    await investigator.getByTestId('item-detail').waitFor();
    await expect(investigator.getByTestId('item-text').textContent()).resolves.toContain(
      '<script>window.__pwned=1</script>',
    );
    await expect(investigator.evaluate('window.__pwned')).resolves.toBeUndefined();
    await feed.locator('[data-event-type="item.created"]').first().waitFor();

    // The investigator records a possible victim.
    await investigator.getByRole('link', { name: 'People', exact: true }).click();
    await investigator.getByRole('button', { name: 'Add person' }).click();
    await investigator.getByLabel('Role').selectOption('victim');
    await investigator.getByLabel('Name').fill('Synthetic victim A');
    await investigator.getByRole('button', { name: 'Save person' }).click();
    await expect.poll(() => figure(coordinator, 'victims'), { timeout: 10_000 }).toBe(victimsBefore + 1);

    // An observer (no person.read_victim) sees no victim tab and cannot open the record.
    const observer = await signIn('observer@example.test');
    await observer.getByRole('link', { name: 'People', exact: true }).click();
    await observer.getByTestId('people-tab-suspect').waitFor();
    expect(await observer.getByTestId('people-tab-victim').count()).toBe(0);
    const observerApi = await signInApi(vigil.url, 'observer@example.test', PASSWORD);
    const people = await observerApi.get<{ role: string }[]>(`/api/operations/${operationId}/people`);
    expect(people.some((person) => person.role === 'victim')).toBe(false);
  });
});
