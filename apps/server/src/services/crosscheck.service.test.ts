import { FilterFileError, formatFilterKey, parseFilterKey, ReferenceSetParseError } from '@vigil/analysis';
import { type Database, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHits } from '../repositories/reference-hit.repository.ts';
import {
  announceHits,
  CrosscheckError,
  exportSetFilter,
  hitToLead,
  importFilterSet,
  importSetFile,
  matchSelectors,
  retroHunt,
} from './crosscheck.service.ts';

const now = new Date('2026-11-28T10:00:00Z');
const key = parseFilterKey(formatFilterKey(new Uint8Array(32).map((_, i) => 200 - i)));
const wrongKey = new Uint8Array(32).fill(1);

describe(`cross-checks (${process.env.DATABASE_URL ? 'postgres' : 'embedded'})`, () => {
  let database: Database;
  let operationId: string;
  let itemIds: string[];
  let personId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const { pool } = database;
    operationId = (await pool.query(`INSERT INTO operations (name) VALUES ('Synthetic day') RETURNING id`))
      .rows[0].id;
    itemIds = [];
    for (let i = 0; i < 3; i++) {
      const { rows } = await pool.query(
        `INSERT INTO items (operation_id, text, content_hash, owner_country) VALUES ($1, $2, $3, 'DE') RETURNING id`,
        [operationId, `synthetic ad ${i}`, `hash-${i}`],
      );
      itemIds.push(rows[0].id);
    }
    const selectors = [
      [itemIds[0], 'email', 'jobs@example.org'],
      [itemIds[0], 'phone', '+31612345678'],
      [itemIds[1], 'email', 'jobs@example.org'],
      [itemIds[1], 'handle', 'telegram:k4tya_l0ve'],
      [itemIds[2], 'email', 'someone@example.net'],
    ];
    for (const [itemId, type, value] of selectors) {
      await pool.query(
        `INSERT INTO item_selectors (item_id, operation_id, type, value, raw, start, "end") VALUES ($1, $2, $3, $4, $4, 0, 1)`,
        [itemId, operationId, type, value],
      );
    }
    personId = (
      await pool.query(
        `INSERT INTO people (operation_id, role, name, owner_country) VALUES ($1, 'suspect', 'Олександр Петренко', 'DE') RETURNING id`,
        [operationId],
      )
    ).rows[0].id;
  });
  afterAll(async () => {
    await database?.close();
  });

  const csv = [
    'type,value,label',
    'email,JOBS@example.org,recruiter',
    'phone,+31 6-12 34 56 78,',
    'phone,0031612345678,',
    'name,Oleksandr Petrenko,suspect in case 17',
    'username,katya_love,',
  ].join('\n');

  it('imports a set file, collapses duplicates and retro-hunts stored selectors and people', async () => {
    const result = await importSetFile(database.pool, {
      text: csv,
      fileName: 'nl.csv',
      name: 'NL watchlist',
      ownerCountry: 'NL',
      handling: 'owner',
      country: 'NL',
      validUntil: new Date('2027-01-01T00:00:00Z'),
      now,
    });
    expect(result.values).toBe(4);
    expect(result.duplicates).toBe(1);
    expect(result.retroHunt.exact).toBe(3);
    const hits = await listHits(database.pool, { setId: result.setId });
    const exact = hits.filter((h) => h.matchKind === 'exact').map((h) => [h.sourceId, h.selectorValue]);
    expect(exact).toEqual(
      expect.arrayContaining([
        [itemIds[0], 'jobs@example.org'],
        [itemIds[1], 'jobs@example.org'],
        [itemIds[0], '+31612345678'],
      ]),
    );
    const fuzzy = hits.filter((h) => h.matchKind === 'fuzzy');
    expect(fuzzy.map((h) => [h.sourceType, h.matchedValue])).toEqual(
      expect.arrayContaining([
        ['person', 'oleksandr petrenko'],
        ['item', 'katya_love'],
      ]),
    );
    expect(fuzzy.every((h) => h.score < 1 && h.score >= 0.6)).toBe(true);
    expect(hits.find((h) => h.sourceId === personId)?.selectorValue).toBe('Олександр Петренко');
    // A second retro-hunt finds nothing new: hits are recorded once.
    expect(await retroHunt(database.pool, result.setId, now)).toMatchObject({ exact: 0, fuzzy: 0 });
  });

  it('turns a hit into a lead with one action, once', async () => {
    const [hit] = (await listHits(database.pool, { operationId })).filter((h) => h.matchKind === 'exact');
    const leadId = await hitToLead(database.pool, hit!.id, { operationId, ownerCountry: 'DE' });
    const lead = (
      await database.pool.query('SELECT title, summary, source_type, source_id FROM leads WHERE id = $1', [
        leadId,
      ])
    ).rows[0];
    expect(lead).toMatchObject({ source_type: 'hit', source_id: hit!.id });
    expect(lead.title).toContain(hit!.selectorValue);
    expect(lead.summary).toContain('owned by NL');
    const after = (await listHits(database.pool, { operationId })).find((h) => h.id === hit!.id);
    expect(after?.status).toBe('lead');
    await expect(hitToLead(database.pool, hit!.id, { operationId, ownerCountry: 'DE' })).rejects.toThrow(
      /already a lead/,
    );
  });

  it('rejects a malformed file whole and writes nothing', async () => {
    const before = (await database.pool.query('SELECT count(*)::int AS n FROM reference_sets')).rows[0].n;
    const bad = `${csv}\nemail,not-an-email\nphone,12,`;
    await expect(
      importSetFile(database.pool, {
        text: bad,
        fileName: 'bad.csv',
        name: 'bad',
        ownerCountry: 'NL',
        handling: 'owner',
        now,
      }),
    ).rejects.toThrow(ReferenceSetParseError);
    await expect(
      importSetFile(database.pool, {
        text: csv,
        fileName: 'x.csv',
        name: 'x',
        ownerCountry: 'Netherlands',
        handling: 'owner',
        now,
      }),
    ).rejects.toThrow(CrosscheckError);
    expect((await database.pool.query('SELECT count(*)::int AS n FROM reference_sets')).rows[0].n).toBe(
      before,
    );
  });

  it('matches new selectors as they arrive, exact and fuzzy, once', async () => {
    const arriving = [
      {
        operationId,
        sourceType: 'item' as const,
        sourceId: itemIds[2]!,
        type: 'phone',
        value: '+31612345678',
      },
      {
        operationId,
        sourceType: 'item' as const,
        sourceId: itemIds[2]!,
        type: 'handle',
        value: 'instagram:katya.love',
      },
      {
        operationId,
        sourceType: 'item' as const,
        sourceId: itemIds[2]!,
        type: 'email',
        value: 'nobody@example.org',
      },
    ];
    const hits = await matchSelectors(database.pool, arriving, now);
    expect(hits.map((h) => [h.matchKind, h.selectorValue])).toEqual(
      expect.arrayContaining([
        ['exact', '+31612345678'],
        ['fuzzy', 'instagram:katya.love'],
      ]),
    );
    expect(hits.some((h) => h.selectorValue === 'nobody@example.org')).toBe(false);
    expect(await matchSelectors(database.pool, arriving, now)).toEqual([]);
    expect(await announceHits(database, hits)).toBe(1);
    const { rows } = await database.pool.query(`SELECT type, payload FROM events WHERE type = 'hit.created'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].payload).toMatchObject({
      setName: 'NL watchlist',
      setOwnerCountry: 'NL',
      count: hits.length,
      exact: 1,
      fuzzy: 1,
    });
    expect(JSON.stringify(rows[0].payload)).not.toContain('+31612345678');
  });

  it('exports a set as a filter that another Vigil imports and matches without the values', async () => {
    const { file, header } = await exportSetFilter(database.pool, 'NL watchlist', {
      key,
      fpRate: 1e-6,
      expiresAt: new Date('2026-12-31T00:00:00Z'),
      sharingGroupId: 'empact-thb',
      now,
    });
    expect(header).toMatchObject({ n: 4, ownerCountry: 'NL', setName: 'NL watchlist' });
    await expect(importFilterSet(database.pool, { file, key: wrongKey, now })).rejects.toThrow(
      FilterFileError,
    );
    await expect(
      importFilterSet(database.pool, { file, key, now: new Date('2027-01-01T00:00:00Z') }),
    ).rejects.toThrow(/expired/);
    const imported = await importFilterSet(database.pool, { file, key, now });
    expect(imported.retroHunt.filter).toBe(3);
    const hits = await listHits(database.pool, { setId: imported.setId });
    expect(hits.every((h) => h.matchKind === 'filter' && h.matchedValue === '')).toBe(true);
    const stored = await database.pool.query(
      'SELECT count(*)::int AS n FROM reference_values WHERE set_id = $1',
      [imported.setId],
    );
    expect(stored.rows[0].n).toBe(0);
    const live = await matchSelectors(
      database.pool,
      [{ operationId, sourceType: 'person', sourceId: personId, type: 'email', value: 'jobs@example.org' }],
      now,
      new Map([[header.keyId, key]]),
    );
    expect(live.map((h) => h.matchKind).sort()).toEqual(['exact', 'filter']);
  });
});
