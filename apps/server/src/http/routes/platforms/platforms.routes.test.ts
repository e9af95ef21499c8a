import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

describe('platform registry', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let investigator: TestClient;
  let observer: TestClient;
  let operationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.signIn('coordinator', 'NL');
    investigator = await t.signIn('investigator', 'PL');
    observer = await t.signIn('observer', 'NL');
    const created = await coordinator.post('/api/operations', {
      name: 'Synthetic day',
      countries: ['NL', 'PL'],
    });
    expect(created.statusCode).toBe(201);
    operationId = created.json().id;
  });
  afterAll(async () => t?.close());

  it('registers, lists and moves a platform through the workflow with who, when and why', async () => {
    const created = await investigator.post(`/api/operations/${operationId}/platforms`, {
      name: 'Example classifieds',
      kind: 'classifieds',
      addresses: ['https://classifieds.example.test/'],
      languages: ['pl', 'uk'],
      targetGroups: ['ukrainian_refugees'],
    });
    expect(created.statusCode).toBe(201);
    const platform = created.json();
    expect(platform).toMatchObject({ status: 'registered', version: 1 });
    const moved = await investigator.post(`/api/platforms/${platform.id}/status`, {
      version: 1,
      status: 'monitored',
      reason: 'ads for Ukrainian women seen',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'monitored', version: 2 });
    const history = (await observer.get(`/api/platforms/${platform.id}/history`)).json() as {
      type: string;
      payload: Record<string, unknown>;
      actor: { name: string };
    }[];
    const change = history.find((event) => event.type === 'platform.status_changed');
    expect(change?.payload).toMatchObject({
      from: 'registered',
      to: 'monitored',
      reason: 'ads for Ukrainian women seen',
    });
    expect(change?.actor.name).toMatch(/^investigator/);
  });

  it('does not lose a concurrent update: the second writer with a stale version gets 409', async () => {
    const platform = (
      await investigator.post(`/api/operations/${operationId}/platforms`, { name: 'Forum X', kind: 'forum' })
    ).json();
    const [first, second] = await Promise.all([
      investigator.post(`/api/platforms/${platform.id}/status`, {
        version: 1,
        status: 'monitored',
        reason: 'a',
      }),
      coordinator.post(`/api/platforms/${platform.id}/status`, {
        version: 1,
        status: 'checked',
        reason: 'b',
      }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const list = (await observer.get(`/api/operations/${operationId}/platforms`)).json() as {
      id: string;
      version: number;
    }[];
    expect(list.find((p) => p.id === platform.id)?.version).toBe(2);
  });

  it('rejects bad input with a message naming the field', async () => {
    const badKind = await investigator.post(`/api/operations/${operationId}/platforms`, {
      name: 'Y',
      kind: 'newspaper',
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().message).toContain('kind');
    const missing = await investigator.post(`/api/operations/${operationId}/platforms`, { kind: 'forum' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain('name');
    const unknown = await investigator.post('/api/platforms/00000000-0000-4000-8000-000000000000/status', {
      version: 1,
      status: 'checked',
      reason: 'x',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('imports platforms from CSV atomically, naming bad lines', async () => {
    const bad = await investigator.request({
      method: 'POST',
      url: `/api/operations/${operationId}/platforms/import`,
      headers: { 'content-type': 'text/csv' },
      payload:
        'name,kind,addresses,languages,countries,target_groups\nA,forum,https://a.example.test,en,NL,\nB,tv,,,,\n',
    });
    expect(bad.json()).toEqual({
      imported: 0,
      errors: [{ line: 3, message: expect.stringContaining('kind') }],
    });
    const good = await investigator.request({
      method: 'POST',
      url: `/api/operations/${operationId}/platforms/import`,
      headers: { 'content-type': 'text/csv' },
      payload:
        'name,kind,addresses,languages,countries,target_groups\nA,forum,https://a.example.test,en;nl,NL;BE,\nHidden market,dark_web,http://examplexyz.onion/,ru,,ukrainian_refugees\n',
    });
    expect(good.json()).toEqual({ imported: 2, errors: [] });
  });

  it('lets an observer read but not change, and requires the CSRF token', async () => {
    const platform = (
      await investigator.post(`/api/operations/${operationId}/platforms`, {
        name: 'Dating Z',
        kind: 'dating',
      })
    ).json();
    const denied = await observer.post(`/api/platforms/${platform.id}/status`, {
      version: 1,
      status: 'checked',
      reason: 'x',
    });
    expect(denied.statusCode).toBe(403);
    const noToken = await investigator.request({
      method: 'POST',
      url: `/api/platforms/${platform.id}/status`,
      headers: { 'x-csrf-token': '' },
      payload: { version: 1, status: 'checked', reason: 'x' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().message).toContain('CSRF');
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/operations/${operationId}/platforms` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('raises a deconfliction alert to both when a second team claims the same platform', async () => {
    const platform = (
      await investigator.post(`/api/operations/${operationId}/platforms`, { name: 'Shared', kind: 'forum' })
    ).json();
    const first = await investigator.post(`/api/operations/${operationId}/claims`, {
      targetType: 'platform',
      targetKey: platform.id,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().conflicts).toEqual([]);
    const second = await coordinator.post(`/api/operations/${operationId}/claims`, {
      targetType: 'platform',
      targetKey: platform.id,
    });
    expect(second.json().conflicts).toHaveLength(1);
    expect(second.json().conflicts[0]).toMatchObject({ country: 'PL' });
    const list = (await observer.get(`/api/operations/${operationId}/platforms`)).json() as {
      id: string;
      claims: unknown[];
    }[];
    expect(list.find((p) => p.id === platform.id)?.claims).toHaveLength(2);
  });
});
