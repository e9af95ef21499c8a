import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp, type TestClient } from '../../../testing/test-app.ts';

describe('editing, deactivating and reactivating users', () => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn('administrator', null);
  });
  afterAll(async () => t?.close());

  const signInAs = (email: string) =>
    t.app.inject({ method: 'POST', url: '/api/session', payload: { email, password: PASSWORD } });
  const auditActions = async (id: string) =>
    (
      await t.database.pool.query<{ action: string; actor: string }>(
        'select action, actor from audit_log where resource_type = $1 and resource_id = $2 order by id',
        ['user', id],
      )
    ).rows;

  it('a role change takes effect on the next request of an existing session, and is audited', async () => {
    const user = await t.signIn('observer', 'NL');
    expect((await user.post('/api/operations', { name: 'Before' })).statusCode).toBe(403);
    const agency = (await admin.post('/api/agencies', { name: 'Synthetic Agency DE', country: 'DE' })).json();
    const changed = await admin.patch(`/api/users/${user.user.id}`, {
      name: 'Renamed Coordinator',
      role: 'coordinator',
      country: 'DE',
      agencyId: agency.id,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      name: 'Renamed Coordinator',
      role: 'coordinator',
      country: 'DE',
      agencyId: agency.id,
      active: true,
    });
    expect((await user.post('/api/operations', { name: 'After' })).statusCode).toBe(201);
    expect((await user.get('/api/session')).json().user).toMatchObject({
      role: 'coordinator',
      country: 'DE',
    });
    expect(await auditActions(user.user.id)).toEqual([{ action: 'user.updated', actor: admin.user.id }]);
  });

  it('rejects an unknown role, an unknown agency and an unknown user', async () => {
    const user = await t.signIn('analyst', 'NL');
    const role = await admin.patch(`/api/users/${user.user.id}`, { role: 'superuser' });
    expect(role.statusCode).toBe(400);
    expect(role.json().message).toMatch(/role must be one of/);
    const agency = await admin.patch(`/api/users/${user.user.id}`, {
      agencyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(agency.json().message).toMatch(/agencyId/);
    expect(
      (await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { name: 'Nobody' })).statusCode,
    ).toBe(404);
  });

  it('a deactivated user is refused at sign-in and loses an existing session at once', async () => {
    const user = await t.signIn('investigator', 'PL');
    expect((await user.get('/api/operations')).statusCode).toBe(200);
    const deactivated = await admin.post(`/api/users/${user.user.id}/deactivate`);
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    expect(deactivated.json().active).toBe(false);
    expect((await user.get('/api/operations')).statusCode).toBe(401);
    const refused = await signInAs(user.user.email);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/deactivated/);
    // A wrong password still says only that: deactivation is not revealed without the password.
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.user.email, password: 'not-the-password-1' },
    });
    expect(wrong.statusCode).toBe(401);
    expect((await admin.get('/api/users/directory')).json().map((u: { id: string }) => u.id)).not.toContain(
      user.user.id,
    );

    expect((await admin.post(`/api/users/${user.user.id}/reactivate`)).json().active).toBe(true);
    expect((await signInAs(user.user.email)).statusCode).toBe(200);
    // The old session stays ended: reactivation does not revive it.
    expect((await user.get('/api/operations')).statusCode).toBe(401);
    expect((await auditActions(user.user.id)).map((row) => row.action)).toEqual([
      'user.deactivated',
      'user.reactivated',
    ]);
  });

  it('keeps at least one active administrator and refuses self-deactivation', async () => {
    const self = await admin.post(`/api/users/${admin.user.id}/deactivate`);
    expect(self.statusCode).toBe(400);
    expect(self.json().message).toMatch(/yourself/);
    const demote = await admin.patch(`/api/users/${admin.user.id}`, { role: 'coordinator' });
    expect(demote.statusCode).toBe(400);
    expect(demote.json().message).toMatch(/last active administrator/);

    const second = await t.signIn('administrator', null);
    expect((await second.post(`/api/users/${admin.user.id}/deactivate`)).statusCode).toBe(200);
    const last = await second.patch(`/api/users/${second.user.id}`, { role: 'observer' });
    expect(last.statusCode).toBe(400);
    expect(last.json().message).toMatch(/last active administrator/);
    expect((await second.post(`/api/users/${admin.user.id}/reactivate`)).statusCode).toBe(200);
    expect((await second.patch(`/api/users/${second.user.id}`, { role: 'observer' })).statusCode).toBe(200);
  });

  it('refuses every change to a non-administrator (403)', async () => {
    const coordinator = await t.signIn('coordinator', 'NL');
    const target = await t.signIn('observer', 'NL');
    expect(
      (await coordinator.patch(`/api/users/${target.user.id}`, { role: 'administrator' })).statusCode,
    ).toBe(403);
    expect((await coordinator.post(`/api/users/${target.user.id}/deactivate`)).statusCode).toBe(403);
    expect((await coordinator.post(`/api/users/${target.user.id}/reactivate`)).statusCode).toBe(403);
    expect((await target.get('/api/operations')).statusCode).toBe(200);
  });
});

describe('the last-administrator guard under concurrency', () => {
  it('two administrators demoting themselves at the same time leave one administrator', async () => {
    const t = await createTestApp();
    try {
      const [a, b] = [await t.signIn('administrator', null), await t.signIn('administrator', null)];
      const results = await Promise.all([
        a.patch(`/api/users/${a.user.id}`, { role: 'coordinator' }),
        b.patch(`/api/users/${b.user.id}`, { role: 'coordinator' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
      const survivor = results[0]!.statusCode === 400 ? a : b;
      const users = (await survivor.get('/api/users')).json() as { role: string; active: boolean }[];
      expect(users.filter((u) => u.role === 'administrator' && u.active)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});
