import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSse } from '../testing/sse-client.ts';
import { createTestApp, PASSWORD, type TestApp, type TestClient } from '../testing/test-app.ts';

/**
 * Many writers at once, and a reader that drops and resumes in the middle: event ids must arrive in
 * increasing order, and the two connections together must carry every event exactly once (the
 * ordering lock is taken inside the event insert and frames are batched per reader).
 */
describe('live events under concurrent writers', () => {
  let t: TestApp;
  let base: string;
  let writers: TestClient[];
  let cookie: string;
  let operationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    const coordinator = await t.signIn('coordinator', 'NL');
    writers = await Promise.all(['NL', 'PL', 'DE', 'FR'].map((c) => t.signIn('investigator', c)));
    const reader = await t.signIn('coordinator', 'NL');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: reader.user.email, password: PASSWORD },
    });
    cookie = `vigil_session=${login.cookies.find((c) => c.name === 'vigil_session')!.value}`;
    operationId = (await coordinator.post('/api/operations', { name: 'Busy day' })).json().id;
  });
  afterAll(async () => t?.close());

  // Four writers at once, each sending its claims one after another (a pool-sized load, so that a
  // slow shared machine cannot time out the database pool).
  const claimBurst = (prefix: string, perWriter: number) =>
    Promise.all(
      writers.map(async (writer, w) => {
        for (let n = 0; n < perWriter; n++) {
          const response = await writer.post(`/api/operations/${operationId}/claims`, {
            targetType: 'username',
            targetKey: `${prefix}-${w}-${n}`,
          });
          expect(response.statusCode, response.body).toBe(201);
        }
      }),
    );

  it('delivers every event once, in id order, across a reconnect in the middle of a burst', async () => {
    const url = `${base}/api/operations/${operationId}/events`;
    const first = await openSse(url, { cookie });
    const burst = claimBurst('before', 5);
    await first.waitFor(8, 'claim.created', 60_000);
    first.close();
    await burst;
    await claimBurst('between', 3);
    const resumed = await openSse(url, { cookie, 'last-event-id': String(first.messages.at(-1)!.id) });
    await claimBurst('after', 2);
    const firstClaims = first.messages.filter((m) => m.data.type === 'claim.created').length;
    await resumed.waitFor(40 - firstClaims, 'claim.created', 60_000);

    for (const stream of [first, resumed]) {
      const ids = stream.messages.map((m) => m.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length);
    }
    const keys = [...first.messages, ...resumed.messages]
      .filter((m) => m.data.type === 'claim.created')
      .map((m) => m.data.payload.targetKey as string);
    expect(keys.length).toBe(40);
    expect(new Set(keys).size).toBe(40);
    expect(Math.max(...first.messages.map((m) => m.id))).toBeLessThan(resumed.messages[0]!.id);
    resumed.close();
  }, 120_000);
});
