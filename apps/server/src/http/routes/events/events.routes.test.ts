import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSse } from '../../../testing/sse-client.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** Cookie and CSRF headers of a signed-in test client, for a real HTTP connection. */
async function headersOf(t: TestApp, client: TestClient): Promise<Record<string, string>> {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: client.user.email, password: 'synthetic-password-123' },
  });
  const cookie = login.cookies.find((c) => c.name === 'vigil_session')!;
  return { cookie: `vigil_session=${cookie.value}` };
}

describe('live events over server-sent events', () => {
  let t: TestApp;
  let base: string;
  let nl: TestClient;
  let pl: TestClient;
  let observer: TestClient;
  let operationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
    const coordinator = await t.signIn('coordinator', 'NL');
    nl = await t.signIn('investigator', 'NL');
    pl = await t.signIn('investigator', 'PL');
    observer = await t.signIn('observer', 'NL');
    operationId = (
      await coordinator.post('/api/operations', { name: 'Live day', countries: ['NL', 'PL'] })
    ).json().id;
  });
  afterAll(async () => t?.close());

  const addPlatform = async (name: string) => {
    const response = await nl.post(`/api/operations/${operationId}/platforms`, { name, kind: 'forum' });
    expect(response.statusCode, response.body).toBe(201);
  };

  it('resumes after a dropped connection with no event lost or duplicated', async () => {
    const url = `${base}/api/operations/${operationId}/events`;
    const headers = await headersOf(t, pl);
    const first = await openSse(url, headers);
    await addPlatform('P1');
    await addPlatform('P2');
    const platformEvents = await first.waitFor(2, 'platform.created');
    expect(platformEvents.map((m) => m.data.payload.name)).toEqual(['P1', 'P2']);
    const lastSeen = first.messages.at(-1)!.id;
    first.close();
    // While the reader is away, more happens.
    for (const name of ['P3', 'P4', 'P5']) await addPlatform(name);
    const resumed = await openSse(url, { ...headers, 'last-event-id': String(lastSeen) });
    await addPlatform('P6');
    const created = await resumed.waitFor(4, 'platform.created');
    expect(created.map((m) => m.data.payload.name)).toEqual(['P3', 'P4', 'P5', 'P6']);
    const ids = resumed.messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id > lastSeen)).toBe(true);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    resumed.close();
  });

  it('sends each reader only what they may see', async () => {
    const url = `${base}/api/operations/${operationId}/events`;
    const plStream = await openSse(url, await headersOf(t, pl));
    const observerStream = await openSse(url, await headersOf(t, observer));
    const item = await nl.post(`/api/operations/${operationId}/items`, {
      text: 'owner-only synthetic',
      handling: 'owner',
    });
    expect(item.statusCode, item.body).toBe(201);
    const victim = await nl.post(`/api/operations/${operationId}/people`, {
      role: 'victim',
      name: 'Synthetic B',
    });
    expect(victim.statusCode, victim.body).toBe(201);
    await addPlatform('visible to all');
    await plStream.waitFor(1, 'platform.created');
    await observerStream.waitFor(1, 'platform.created');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const plTypes = plStream.messages.map((m) => m.data.type);
    expect(plTypes).toContain('platform.created');
    expect(plTypes).not.toContain('item.created');
    const observerTypes = observerStream.messages.map((m) => m.data.type);

    expect(observerTypes).toContain('item.created');
    expect(observerTypes).not.toContain('person.created');
    plStream.close();
    observerStream.close();
  });

  it('tells who is online', async () => {
    const stream = await openSse(
      `${base}/api/operations/${operationId}/events`,
      await headersOf(t, observer),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const online = (await nl.get(`/api/operations/${operationId}/presence`)).json() as { userId: string }[];
    expect(online.map((u) => u.userId)).toContain(observer.user.id);
    stream.close();
  });
});
