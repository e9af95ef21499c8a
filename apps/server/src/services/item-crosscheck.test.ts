import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSse } from '../testing/sse-client.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { importValues } from './crosscheck.service.ts';

describe('cross-check on arrival', () => {
  let t: TestApp;
  let investigator: TestClient;
  let operationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await t.signIn('coordinator', 'NL');
    investigator = await t.signIn('investigator', 'PL');
    operationId = (await coordinator.post('/api/operations', { name: 'Cross-check day' })).json().id;
    await importValues(
      t.database.pool,
      { name: 'Synthetic NL watchlist', ownerCountry: 'NL', handling: 'operation', sourceFormat: 'json' },
      [[{ type: 'phone', value: '+31612345678', raw: '06 12345678' }]],
    );
  });
  afterAll(async () => t?.close());

  it('matches a new item against the watchlist and announces the hit without its value', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: investigator.user.email, password: 'synthetic-password-123' },
    });
    const cookie = login.cookies.find((c) => c.name === 'vigil_session')!;
    const stream = await openSse(`http://127.0.0.1:${port}/api/operations/${operationId}/events`, {
      cookie: `vigil_session=${cookie.value}`,
    });
    const created = await investigator.post(`/api/operations/${operationId}/items`, {
      text: 'Synthetic ad, call +31 6 12 34 56 78 today',
    });
    expect(created.statusCode, created.body).toBe(201);
    const [hit] = await stream.waitFor(1, 'hit.created');
    expect(hit!.data.payload).toMatchObject({
      setName: 'Synthetic NL watchlist',
      setOwnerCountry: 'NL',
      exact: 1,
    });
    expect(JSON.stringify(hit!.data.payload)).not.toContain('612345678');
    stream.close();
  });
});
