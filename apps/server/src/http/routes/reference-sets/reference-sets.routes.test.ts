import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** Synthetic data only: example.test addresses and numbers from the NL mobile range. */
const WATCHLIST =
  'type,value,label\nphone,+31 6 11 22 33 44,synthetic\nemail,Watch.Me@Example.org,synthetic\n';

describe('reference sets and hits over HTTP', () => {
  let t: TestApp;
  let nlAnalyst: TestClient;
  let plAnalyst: TestClient;
  let deAnalyst: TestClient;
  let admin: TestClient;
  let operationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await t.signIn('coordinator', 'NL');
    nlAnalyst = await t.signIn('analyst', 'NL');
    plAnalyst = await t.signIn('analyst', 'PL');
    deAnalyst = await t.signIn('analyst', 'DE');
    admin = await t.signIn('administrator', 'NL');
    operationId = (await coordinator.post('/api/operations', { name: 'Cross-check HTTP' })).json().id;
  });
  afterAll(async () => t?.close());

  const sets = (client: TestClient) => client.get(`/api/operations/${operationId}/reference-sets`);
  const hits = (client: TestClient) => client.get(`/api/operations/${operationId}/hits`);
  const addItem = (client: TestClient, text: string) =>
    client.post(`/api/operations/${operationId}/items`, { text });

  it('rejects a malformed file as a whole, naming line and field, and imports nothing', async () => {
    const before = (await sets(nlAnalyst)).json().length;
    const response = await nlAnalyst.post(`/api/operations/${operationId}/reference-sets`, {
      name: 'Broken list',
      format: 'csv',
      content: 'type,value\nphone,+31 6 11 22 33 44\nshoe,size 44\nemail,not-an-address\n',
    });
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json();
    expect(body.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'type' }),
        expect.objectContaining({ line: 4, field: 'value' }),
      ]),
    );
    expect((await sets(nlAnalyst)).json()).toHaveLength(before);
  });

  it('imports a CSV watchlist, lists it with owner and validity, and matches a new item (strong hit)', async () => {
    const imported = await nlAnalyst.post(`/api/operations/${operationId}/reference-sets`, {
      name: 'NL watchlist',
      format: 'csv',
      handling: 'operation',
      content: WATCHLIST,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({
      values: 2,
      set: { ownerCountry: 'NL', validity: 'active', version: 1 },
    });
    const listed = (await sets(plAnalyst)).json();
    expect(listed.map((s: { name: string }) => s.name)).toContain('NL watchlist');

    expect(
      (await addItem(plAnalyst, 'Synthetic ad: call 0031 6 11223344 or mail watch.me@example.org'))
        .statusCode,
    ).toBe(201);
    const found = (await hits(plAnalyst)).json();
    const phone = found.find((h: { selector: { type: string } }) => h.selector.type === 'phone');
    expect(phone).toMatchObject({
      selector: { value: '+31611223344' },
      matchedValue: '+31611223344',
      matchKind: 'exact',
      strength: 'strong',
      set: { name: 'NL watchlist', ownerCountry: 'NL', versionOfHit: 1 },
      confirmWith: null,
    });
  });

  it('tells the set owner and the holder of the matching item of each other, and nobody else', async () => {
    const alertsFor = async (client: TestClient) =>
      (await client.get(`/api/operations/${operationId}/events/backlog?after=0&limit=1000`))
        .json()
        .filter(
          (e: { type: string; payload: { targetType?: string } }) =>
            e.type === 'alert.deconfliction' && e.payload.targetType === 'reference-set',
        );
    const [nlAlert] = await alertsFor(nlAnalyst);
    expect(nlAlert.payload.parties.map((p: { country: string }) => p.country).sort()).toEqual(['NL', 'PL']);
    expect(JSON.stringify(nlAlert.payload)).not.toContain('611223344');
    expect(await alertsFor(plAnalyst)).toHaveLength(1);
    expect(await alertsFor(deAnalyst)).toHaveLength(0);
  });

  it('turns a hit into a lead in one action, once', async () => {
    const [hit] = (await hits(nlAnalyst)).json();
    const made = await nlAnalyst.post(`/api/hits/${hit.id}/lead`);
    expect(made.statusCode, made.body).toBe(201);
    const lead = (await nlAnalyst.get(`/api/leads/${made.json().leadId}`)).json();
    expect(lead).toMatchObject({ sourceType: 'hit', sourceId: hit.id, ownerCountry: 'NL' });
    expect((await nlAnalyst.post(`/api/hits/${hit.id}/lead`)).statusCode).toBe(409);
    const again = (await hits(nlAnalyst)).json().find((h: { id: string }) => h.id === hit.id);
    expect(again).toMatchObject({ status: 'lead', leadId: made.json().leadId });
  });

  it('replaces a set by a new version atomically; old hits keep the version that produced them', async () => {
    const [set] = (await sets(nlAnalyst)).json().filter((s: { name: string }) => s.name === 'NL watchlist');
    expect(
      (await plAnalyst.post(`/api/reference-sets/${set.id}/versions`, { content: WATCHLIST })).statusCode,
    ).toBe(409);
    const broken = await nlAnalyst.post(`/api/reference-sets/${set.id}/versions`, {
      content: 'type,value\nphone,abc\n',
    });
    expect(broken.statusCode).toBe(400);
    expect((await nlAnalyst.get(`/api/reference-sets/${set.id}`)).json()).toMatchObject({
      version: 1,
      valueCount: 2,
    });

    const v2 = await nlAnalyst.post(`/api/reference-sets/${set.id}/versions`, {
      format: 'json',
      content: JSON.stringify([{ type: 'email', value: 'version.two@example.org' }]),
    });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json().set).toMatchObject({ id: set.id, version: 2, valueCount: 1 });
    const shown = (await nlAnalyst.get(`/api/reference-sets/${set.id}`)).json();
    expect(shown.sample.map((v: { value: string }) => v.value)).toEqual(['version.two@example.org']);

    await addItem(
      plAnalyst,
      'Synthetic post: version.two@example.org, phone 0031 6 11223344 (no longer listed)',
    );
    const all = (await hits(plAnalyst)).json().filter((h: { set: { id: string } }) => h.set.id === set.id);
    const versions = all.map((h: { selector: { value: string }; set: { versionOfHit: number } }) => [
      h.selector.value,
      h.set.versionOfHit,
    ]);
    expect(versions.sort()).toEqual([
      ['+31611223344', 1],
      ['version.two@example.org', 2],
      ['watch.me@example.org', 1],
    ]);
    expect((await nlAnalyst.delete(`/api/reference-sets/${set.id}`)).statusCode).toBe(409); // it produced a lead
  });

  it('imports FollowTheMoney entities and MISP events through the same route, detecting the format', async () => {
    const ftm = [
      {
        id: 'p1',
        schema: 'Person',
        properties: { name: ['Synthetic Person'], email: ['ftm.person@example.org'] },
      },
      { id: 'p2', schema: 'Person', properties: { phone: ['+31 6 99887766'] } },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n');
    const fromFtm = await nlAnalyst.post(`/api/operations/${operationId}/reference-sets`, {
      name: 'NL FtM export',
      fileName: 'export.ftm.json',
      content: ftm,
    });
    expect(fromFtm.statusCode, fromFtm.body).toBe(201);
    expect(fromFtm.json()).toMatchObject({ format: 'ftm', values: 3 });
    const misp = {
      Event: { info: 'Synthetic event', Attribute: [{ type: 'email-src', value: 'misp@example.org' }] },
    };
    const fromMisp = await nlAnalyst.post(`/api/operations/${operationId}/reference-sets`, {
      name: 'NL MISP event',
      content: JSON.stringify(misp),
    });
    expect(fromMisp.statusCode, fromMisp.body).toBe(201);
    expect(fromMisp.json()).toMatchObject({ format: 'misp', values: 1 });
  });

  it('hides an owner-only set and its values from other countries; its hits only say whom to ask', async () => {
    const imported = await nlAnalyst.post(`/api/operations/${operationId}/reference-sets`, {
      name: 'NL restricted',
      format: 'json',
      handling: 'owner',
      content: JSON.stringify([{ type: 'email', value: 'restricted@example.org' }]),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const setId = imported.json().setId;
    expect((await sets(plAnalyst)).json().map((s: { id: string }) => s.id)).not.toContain(setId);
    expect((await plAnalyst.get(`/api/reference-sets/${setId}`)).statusCode).toBe(404);
    await addItem(plAnalyst, 'Synthetic ad, contact restricted@example.org');
    const hit = (await hits(plAnalyst)).json().find((h: { set: { id: string } }) => h.set.id === setId);
    expect(hit).toMatchObject({ matchedValue: null, confirmWith: 'NL', set: { name: 'NL restricted' } });
    const own = (await hits(nlAnalyst)).json().find((h: { set: { id: string } }) => h.set.id === setId);
    expect(own).toMatchObject({ matchedValue: 'restricted@example.org', confirmWith: null });
  });

  it('keeps filter keys on the server: made by an administrator, never listed, exported only on request', async () => {
    expect((await nlAnalyst.post('/api/sharing-keys', { sharingGroup: 'nl-pl' })).statusCode).toBe(403);
    const made = await admin.post('/api/sharing-keys', { sharingGroup: 'nl-pl', note: 'synthetic' });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().keyId).toMatch(/^[0-9a-f]{16}$/);
    const listed = await nlAnalyst.get('/api/sharing-keys');
    expect(listed.body).not.toMatch(/[0-9a-f]{64}/);
    expect(listed.json()[0]).not.toHaveProperty('keyFile');
    const exported = (await admin.post(`/api/sharing-keys/${made.json().id}/export`)).json();
    expect(exported.keyFile).toMatch(/^[0-9a-f]{64}$/m);
    expect(exported.exportedAt).not.toBeNull();
  });

  it('shares a set as a keyed filter; the importer matches without values, and bad filters are refused', async () => {
    const source = await nlAnalyst.post(`/api/operations/${operationId}/reference-sets`, {
      name: 'NL shared list',
      format: 'csv',
      content: 'type,value\nemail,shared.person@example.org\n',
    });
    const setId = source.json().setId;
    const shared = await nlAnalyst.post(`/api/reference-sets/${setId}/filter`, {
      sharingGroup: 'nl-pl',
      fpRate: 1e-6,
    });
    expect(shared.statusCode, shared.body).toBe(200);
    const { file, header } = shared.json();
    expect(header).toMatchObject({ setName: 'NL shared list', ownerCountry: 'NL', filterVersion: 1 });
    expect(Buffer.from(file, 'base64').toString('latin1')).not.toContain('shared.person');

    const tampered = Buffer.from(file, 'base64');
    tampered[tampered.length - 40]! ^= 1;
    const refused = await plAnalyst.post(`/api/operations/${operationId}/reference-sets/filters`, {
      file: tampered.toString('base64'),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('tampered');

    const imported = await plAnalyst.post(`/api/operations/${operationId}/reference-sets/filters`, { file });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().set).toMatchObject({ kind: 'filter', ownerCountry: 'NL', version: 1 });
    const again = await plAnalyst.post(`/api/operations/${operationId}/reference-sets/filters`, { file });
    expect(again.statusCode).toBe(400);
    expect(again.json().message).toContain('not newer');

    await addItem(plAnalyst, 'Synthetic ad: shared.person@example.org');
    const filterSetId = imported.json().set.id;
    const hit = (await hits(plAnalyst)).json().find((h: { set: { id: string } }) => h.set.id === filterSetId);
    expect(hit).toMatchObject({
      matchKind: 'filter',
      strength: 'possible',
      matchedValue: null,
      confirmWith: 'NL',
    });
  });
});
