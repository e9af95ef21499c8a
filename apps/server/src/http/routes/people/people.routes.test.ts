import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

describe('items, people and leads with need-to-know', () => {
  let t: TestApp;
  let nl: TestClient;
  let pl: TestClient;
  let observer: TestClient;
  let operationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await t.signIn('coordinator', 'NL');
    nl = await t.signIn('investigator', 'NL');
    pl = await t.signIn('investigator', 'PL');
    observer = await t.signIn('observer', 'NL');
    operationId = (
      await coordinator.post('/api/operations', { name: 'Synthetic day', countries: ['NL', 'PL'] })
    ).json().id;
  });
  afterAll(async () => t?.close());

  it('analyses an item on arrival and stores the same content once', async () => {
    const payload = {
      title: 'New girl in town',
      text: 'Sweet young girl, 100% real, call 0 6 1 2 3 4 5 6 7 8 or telegram @anna_xx',
      country: 'NL',
    };
    const created = await nl.post(`/api/operations/${operationId}/items`, payload);
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item.score).toBeGreaterThan(0);
    expect(
      item.analysis.selectors.map((s: { type: string; value: string }) => `${s.type}:${s.value}`),
    ).toContain('phone:+31612345678');
    const text = item.analysis.text as string;
    for (const s of item.analysis.selectors as { raw: string; start: number; end: number }[]) {
      expect(text.slice(s.start, s.end)).toBe(s.raw);
    }
    const again = await nl.post(`/api/operations/${operationId}/items`, payload);
    expect(again.json()).toEqual({ duplicate: true });
  });

  it('hides records from countries their handling code excludes, like missing ones', async () => {
    const item = (
      await nl.post(`/api/operations/${operationId}/items`, {
        text: 'owner-only synthetic ad',
        handling: 'owner',
      })
    ).json();
    expect((await nl.get(`/api/items/${item.id}`)).statusCode).toBe(200);
    expect((await pl.get(`/api/items/${item.id}`)).statusCode).toBe(404);
    const plList = (await pl.get(`/api/operations/${operationId}/items`)).json() as { id: string }[];
    expect(plList.map((i) => i.id)).not.toContain(item.id);
    const shared = (
      await nl.post(`/api/operations/${operationId}/items`, {
        text: 'shared with PL',
        handling: 'countries',
        sharedWith: ['PL'],
      })
    ).json();
    expect((await pl.get(`/api/items/${shared.id}`)).statusCode).toBe(200);
  });

  it('restricts possible victims to person.read_victim and keeps a safeguarding status', async () => {
    const victim = await nl.post(`/api/operations/${operationId}/people`, {
      role: 'victim',
      name: 'Synthetic Person A',
      nationality: 'UA',
      focusGroup: true,
    });
    expect(victim.statusCode).toBe(201);
    expect(victim.json().safeguardingStatus).toBe('pending');
    expect((await observer.get(`/api/people/${victim.json().id}`)).statusCode).toBe(404);
    expect((await observer.get(`/api/operations/${operationId}/people?role=victim`)).statusCode).toBe(403);
    const visible = (await observer.get(`/api/operations/${operationId}/people`)).json() as {
      role: string;
    }[];
    expect(visible.every((p) => p.role !== 'victim')).toBe(true);
    const updated = await nl.patch(`/api/people/${victim.json().id}`, {
      version: 1,
      safeguardingStatus: 'referred',
    });
    expect(updated.json()).toMatchObject({ safeguardingStatus: 'referred', version: 2 });
  });

  it('moves a lead through its workflow with comments, refusing impossible moves', async () => {
    const lead = (
      await nl.post(`/api/operations/${operationId}/leads`, {
        title: 'Phone in 5 ads',
        sourceType: 'selector',
        sourceId: 'phone:+31612345678',
      })
    ).json();
    expect(lead.status).toBe('new');
    const moved = await nl.patch(`/api/leads/${lead.id}`, { version: lead.version, status: 'in_progress' });
    expect(moved.json().status).toBe('in_progress');
    const back = await nl.patch(`/api/leads/${lead.id}`, { version: moved.json().version, status: 'new' });
    expect(back.statusCode).toBe(400);
    expect(back.json().message).toContain('status');
    const commented = await pl.post(`/api/leads/${lead.id}/comments`, {
      body: 'PL has the same number in a case',
    });
    expect(commented.json().comments[0]).toMatchObject({ body: 'PL has the same number in a case' });
  });

  it('counts the key figures from the data', async () => {
    const figures = (await observer.get(`/api/operations/${operationId}/figures`)).json();
    const victims = figures.metrics.find((m: { id: string }) => m.id === 'victims');
    expect(victims.value).toBe(1);
    expect(figures.series.length).toBeGreaterThan(1);
  });
});
