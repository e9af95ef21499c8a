import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromUser } from '../auth/actor.ts';
import { findUser } from '../repositories/user.repository.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { importCaptureFiles } from './capture-import.service.ts';

let t: TestApp;
let dir: string;
let investigator: TestClient;
let operationId: string;

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), 'vigil-capture-import-'));
  investigator = await t.signIn('investigator', 'PL');
  const coordinator = await t.signIn('coordinator', 'PL');
  operationId = (await coordinator.post('/api/operations', { name: 'Synthetic import day' })).json().id;
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('importing captures into an operation', () => {
  it('stores the file as evidence, analyses items on arrival, announces them, and imports the same content once', async () => {
    const file = join(dir, 'captures.jsonl');
    await writeFile(
      file,
      [
        {
          url: 'https://board.example.test/1',
          title: 'Work abroad',
          text: 'Jobs in hotels, call +48 600 000 001',
        },
        { url: 'https://board.example.test/2', title: 'Room', text: 'Room to let, synthetic text' },
        { url: 'https://board.example.test/3', title: '', text: '' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const actor = actorFromUser((await findUser(t.database.db, investigator.user.id))!);
    const ctx = { database: t.database, eventsCommitted: () => undefined };
    const [first] = await importCaptureFiles(ctx, actor, { operationId, files: [file], dataDir: dir });
    expect(first).toMatchObject({ format: 'jsonl', stored: 2, evidenceCreated: true });
    const [second] = await importCaptureFiles(ctx, actor, { operationId, files: [file], dataDir: dir });
    expect(second).toMatchObject({ stored: 0, evidenceCreated: false });

    const { rows } = await t.database.pool.query<{ kind: string | null; linked: boolean; selectors: string }>(
      `SELECT i.kind, i.evidence_id IS NOT NULL AS linked,
         (SELECT count(*) FROM item_selectors s WHERE s.item_id = i.id) AS selectors
       FROM items i WHERE i.operation_id = $1 ORDER BY i.url`,
      [operationId],
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.linked && r.kind !== null)).toBe(true);
    expect(Number(rows[0]!.selectors)).toBeGreaterThan(0);
    const events = (await investigator.get(`/api/operations/${operationId}/events/backlog`)).json() as {
      type: string;
    }[];
    expect(events.filter((e) => e.type === 'item.created')).toHaveLength(2);
    const custody = await t.database.pool.query<{ action: string }>(
      `SELECT action FROM custody_log WHERE evidence_sha256 = $1 ORDER BY seq`,
      [first!.evidenceSha256],
    );
    expect(custody.rows.map((r) => r.action)).toEqual(['import']);
  });
});
