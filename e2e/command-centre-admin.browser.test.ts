import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInApi } from './support/api.ts';
import { hasChromium } from './support/browser.ts';
import {
  ADMIN,
  type BrowserVigil,
  PASSWORD,
  signInPage,
  startBrowserVigil,
} from './support/browser-vigil.ts';

/** Setting up an action day by hand: an agency, a user in it, an operation, a team with a member. */
describe.skipIf(!hasChromium)('administration forms in the browser', () => {
  let vigil: BrowserVigil;

  beforeAll(async () => {
    vigil = await startBrowserVigil('admin');
  });
  afterAll(async () => {
    await vigil?.stop();
  });

  const signIn = (email: string, password: string) => signInPage(vigil, email, { password });

  it('an administrator adds an agency and a user, creates and edits an operation, and staffs a team', async () => {
    const page = await signIn(ADMIN.email, ADMIN.password);

    await page.getByRole('link', { name: 'Users', exact: true }).click();
    const agencyForm = page.getByRole('form', { name: 'Add agency' });
    await agencyForm.getByLabel('Agency name').fill('Synthetic National Police');
    await agencyForm.getByLabel('Agency country').fill('pl');
    await agencyForm.getByRole('button', { name: 'Add agency' }).click();
    const userForm = page.getByRole('form', { name: 'Add user' });
    await expect
      .poll(() => userForm.getByLabel('Agency').locator('option').allTextContents())
      .toContain('Synthetic National Police');
    await userForm.getByLabel('E-mail').fill('new.investigator@example.test');
    await userForm.getByLabel('Name').fill('Synthetic New Investigator');
    await userForm.getByLabel('Role').selectOption('investigator');
    await userForm.getByLabel('Country').fill('PL');
    await userForm.getByLabel('Agency').selectOption({ label: 'Synthetic National Police' });
    await userForm.getByLabel('Initial password').fill('synthetic-new-password');
    await userForm.getByRole('button', { name: 'Add user' }).click();
    const userRow = page.locator('[data-testid=user-row][data-email="new.investigator@example.test"]');
    await expect.poll(() => userRow.textContent()).toContain('Synthetic National Police');

    await page.getByRole('link', { name: 'Operations', exact: true }).click();
    await page.getByRole('button', { name: 'New operation' }).click();
    const create = page.getByRole('form', { name: 'New operation' });
    await create.getByLabel('Name').fill('Synthetic spring action day');
    await create.getByLabel('Starts').fill('2026-05-01T08:00');
    await create.getByLabel('Ends').fill('2026-05-01T20:00');
    await create.getByLabel('Labour exploitation').check();
    await create.getByLabel('Focus group', { exact: true }).fill('Ukrainian refugees');
    await create.getByLabel('Focus group nationality').fill('UA');
    await create.getByLabel('Countries').fill('nl, pl');
    // A wrong country code is refused in the form, naming it.
    await create.getByLabel('Countries').fill('nl, pol');
    await create.getByRole('button', { name: 'Create operation' }).click();
    await expect.poll(() => page.getByTestId('operation-form-error').textContent()).toContain('POL');
    await create.getByLabel('Countries').fill('nl, pl');
    await create.getByRole('button', { name: 'Create operation' }).click();
    await page.getByRole('button', { name: 'Edit Synthetic spring action day' }).click();
    const edit = page.getByRole('form', { name: 'Edit operation' });
    await expect.poll(() => edit.getByLabel('Countries').inputValue()).toBe('NL, PL');
    await edit.getByLabel('Name').fill('Synthetic spring action day (revised)');
    await edit.getByRole('button', { name: 'Save operation' }).click();
    // The operation's card (not the hidden <option> of the operation picker) shows the new name.
    await page.getByRole('button', { name: 'Edit Synthetic spring action day (revised)' }).waitFor();

    const admin = await signInApi(vigil.url, ADMIN.email, ADMIN.password);
    const [operation] =
      await admin.get<
        { name: string; focus: string[]; countries: string[]; focusGroup: { nationality: string } }[]
      >('/api/operations');
    expect(operation).toMatchObject({
      name: 'Synthetic spring action day (revised)',
      focus: ['labour_exploitation'],
      countries: ['NL', 'PL'],
      focusGroup: { nationality: 'UA' },
    });

    const teams = page.getByTestId('teams-panel');
    await teams.getByLabel('Team name').fill('Team Warsaw');
    await teams.getByLabel('Team country').fill('PL');
    await teams.getByRole('button', { name: 'Add team' }).click();
    const team = page.locator('[data-team-name="Team Warsaw"]');
    await team
      .getByLabel('Add member to Team Warsaw')
      .selectOption({ label: 'Synthetic New Investigator (PL, investigator)' });
    await team.getByRole('button', { name: 'Add member' }).click();
    const member = team.locator('[data-testid=team-member][data-member-name="Synthetic New Investigator"]');
    await member.waitFor();
    await team.getByRole('button', { name: 'Remove Synthetic New Investigator from Team Warsaw' }).click();
    await member.waitFor({ state: 'detached' });

    // The new user can sign in with the password the administrator set.
    const newcomer = await signIn('new.investigator@example.test', 'synthetic-new-password');
    await expect(newcomer.getByRole('link', { name: 'Users', exact: true }).count()).resolves.toBe(0);
  });
  it('an administrator edits a user, deactivates them (their session ends) and reactivates them', async () => {
    const admin = await signInApi(vigil.url, ADMIN.email, ADMIN.password);
    const email = 'edit.me@example.test';
    await admin.post('/api/users', {
      email,
      name: 'Synthetic Editable',
      role: 'observer',
      password: PASSWORD,
    });
    const session = await signInApi(vigil.url, email, PASSWORD);
    const page = await signIn(ADMIN.email, ADMIN.password);
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    const row = page.locator(`[data-testid=user-row][data-email="${email}"]`);

    await row.getByTestId('user-edit').click();
    const form = page.getByRole('form', { name: 'Edit user' });
    await form.getByLabel('Name').fill('Synthetic Edited');
    await form.getByLabel('Role').selectOption('analyst');
    await form.getByLabel('Country').fill('de');
    await form.getByTestId('user-edit-save').click();
    await expect.poll(() => row.textContent()).toContain('analyst');
    expect(await row.textContent()).toContain('Synthetic Edited');
    await expect(session.get<{ user: { role: string } }>('/api/session')).resolves.toMatchObject({
      user: { role: 'analyst', country: 'DE' },
    });

    await row.getByTestId('user-deactivate').click();
    await expect.poll(() => row.getAttribute('data-active')).toBe('false');
    await expect(session.get('/api/operations')).rejects.toThrow(/401/);
    await expect(signInApi(vigil.url, email, PASSWORD)).rejects.toThrow(/403/);

    // Administrators cannot deactivate themselves: the refusal is shown, the row stays active.
    const self = page.locator(`[data-testid=user-row][data-email="${ADMIN.email}"]`);
    await self.getByTestId('user-deactivate').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('cannot deactivate yourself');
    expect(await self.getAttribute('data-active')).toBe('true');

    await row.getByTestId('user-reactivate').click();
    await expect.poll(() => row.getAttribute('data-active')).toBe('true');
    await signInApi(vigil.url, email, PASSWORD);
  });
});
