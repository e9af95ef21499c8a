import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

describe('users, agencies and team members', () => {
  let t: TestApp;
  let admin: TestClient;
  let coordinator: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn('administrator', null);
    coordinator = await t.signIn('coordinator', 'NL');
  });
  afterAll(async () => t?.close());

  it('an administrator adds an agency and a user in it, who can then sign in', async () => {
    const agency = await admin.post('/api/agencies', { name: 'Synthetic Police NL', country: 'NL' });
    expect(agency.statusCode, agency.body).toBe(201);
    expect((await admin.post('/api/agencies', { name: 'Synthetic Police NL' })).statusCode).toBe(409);
    expect((await admin.get('/api/agencies')).json().map((a: { name: string }) => a.name)).toContain(
      'Synthetic Police NL',
    );
    const user = await admin.post('/api/users', {
      email: 'Analyst.One@example.test',
      name: 'Analyst One',
      role: 'analyst',
      country: 'NL',
      agencyId: agency.json().id,
      password: 'a-long-synthetic-password',
    });
    expect(user.statusCode, user.body).toBe(201);
    expect(user.json()).toMatchObject({ email: 'analyst.one@example.test', agencyId: agency.json().id });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'analyst.one@example.test', password: 'a-long-synthetic-password' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ role: 'analyst', country: 'NL', agencyId: agency.json().id });
  });

  it('rejects an unknown agency and a duplicate e-mail, naming the field', async () => {
    const base = { name: 'X', role: 'observer', password: 'a-long-synthetic-password' };
    const unknown = await admin.post('/api/users', {
      ...base,
      email: 'x@example.test',
      agencyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/agencyId/);
    expect((await admin.post('/api/users', { ...base, email: 'dup@example.test' })).statusCode).toBe(201);
    expect((await admin.post('/api/users', { ...base, email: 'dup@example.test' })).statusCode).toBe(409);
  });

  it('a coordinator picks members from the directory (no e-mails) and removes them again', async () => {
    const directory = (await coordinator.get('/api/users/directory')).json() as Record<string, unknown>[];
    expect(directory.length).toBeGreaterThan(1);
    for (const entry of directory)
      expect(Object.keys(entry).sort()).toEqual(['country', 'id', 'name', 'role']);
    const operation = (await coordinator.post('/api/operations', { name: 'Team day' })).json();
    const team = (await coordinator.post(`/api/operations/${operation.id}/teams`, { name: 'Team A' })).json();
    const member = await t.signIn('investigator', 'PL');
    const claimAs = async (targetKey: string) =>
      (
        await member.post(`/api/operations/${operation.id}/claims`, { targetType: 'username', targetKey })
      ).json().claim.teamName;
    // Without a team first: the (cached) team lookup must be forgotten when the member is added.
    expect(await claimAs('before-team')).toBeNull();
    expect(
      (await coordinator.post(`/api/teams/${team.id}/members`, { userId: member.user.id })).statusCode,
    ).toBe(201);
    expect(await claimAs('team-claim')).toBe('Team A');
    const removed = await coordinator.delete(`/api/teams/${team.id}/members/${member.user.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await coordinator.get(`/api/operations/${operation.id}`)).json().teams[0].members).toEqual([]);
    expect(await claimAs('no-team-claim')).toBeNull();
    expect((await coordinator.delete(`/api/teams/${team.id}/members/${member.user.id}`)).statusCode).toBe(
      404,
    );
  });
});
