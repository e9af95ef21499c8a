import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** Synthetic data only: numbers from the NL mobile range, one per line of the list. */
const PHONES = Array.from({ length: 9 }, (_, i) => `+31 6 5000 000${i}`);
const WATCHLIST = `type,value,label\n${PHONES.map((p) => `phone,${p},synthetic`).join('\n')}\n`;

describe('hits paging over HTTP', () => {
  let t: TestApp;
  let nlAnalyst: TestClient;
  let deAnalyst: TestClient;
  let operationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await t.signIn('coordinator', 'NL');
    nlAnalyst = await t.signIn('analyst', 'NL');
    deAnalyst = await t.signIn('analyst', 'DE');
    operationId = (await coordinator.post('/api/operations', { name: 'Hits paging' })).json().id;
    const imported = await nlAnalyst.post(`/api/operations/${operationId}/reference-sets`, {
      name: 'Paging list',
      format: 'csv',
      handling: 'operation',
      content: WATCHLIST,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    // One item per phone; every third one is NL-only, so DE readers meet runs of hidden hits.
    for (const [i, phone] of PHONES.entries()) {
      const item = await nlAnalyst.post(`/api/operations/${operationId}/items`, {
        text: `Synthetic ad ${i}: call ${phone}`,
        handling: i % 3 === 0 ? 'owner' : 'operation',
      });
      expect(item.statusCode, item.body).toBe(201);
    }
  });
  afterAll(async () => t?.close());

  const page = (client: TestClient, params: string) =>
    client.get(`/api/operations/${operationId}/hits${params}`);

  /** Follow the cursor until a short page; returns every page's ids. */
  async function allPages(client: TestClient, limit: number): Promise<string[][]> {
    const pages: string[][] = [];
    let before = '';
    for (;;) {
      const response = await page(client, `?limit=${limit}${before ? `&before=${before}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const ids = response.json().map((h: { id: string }) => h.id);
      pages.push(ids);
      if (ids.length < limit) return pages;
      before = ids.at(-1);
    }
  }

  it('pages through every hit once, in the same order as one big page', async () => {
    const whole = (await page(nlAnalyst, '?limit=5000')).json().map((h: { id: string }) => h.id);
    expect(whole).toHaveLength(PHONES.length);
    const pages = await allPages(nlAnalyst, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 2, 1]);
    expect(pages.flat()).toEqual(whole);
  });

  it('fills each page past hidden hits, so a short page really is the end', async () => {
    const whole = (await page(deAnalyst, '?limit=5000')).json().map((h: { id: string }) => h.id);
    expect(whole).toHaveLength(6);
    const pages = await allPages(deAnalyst, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 0]);
    expect(pages.flat()).toEqual(whole);
  });

  it('answers an empty page for a cursor from elsewhere and 400 for a malformed one', async () => {
    const foreign = await page(nlAnalyst, '?before=00000000-0000-4000-8000-000000000000');
    expect(foreign.statusCode).toBe(200);
    expect(foreign.json()).toEqual([]);
    expect((await page(nlAnalyst, '?before=not-a-cursor')).statusCode).toBe(400);
    expect((await page(nlAnalyst, '?limit=0')).statusCode).toBe(400);
  });
});
