import { type Database, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSharingKeys } from '../repositories/reference-key.repository.ts';
import { CrosscheckError, exportSetFilter, importValues } from './crosscheck.service.ts';
import { groupKey, keyForFilterFile, storeNewGroupKey } from './crosscheck-keystore.service.ts';

describe(`sharing-group key store (${process.env.DATABASE_URL ? 'postgres' : 'embedded'})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  it('keeps one key in use per group (the newest) and finds a filter key by its fingerprint', async () => {
    const { pool } = database;
    const first = await storeNewGroupKey(pool, { sharingGroup: 'nl-de' });
    const second = await storeNewGroupKey(pool, { sharingGroup: 'nl-de', note: 'rotated' });
    expect(second.keyId).not.toBe(first.keyId);
    const listed = await listSharingKeys(pool);
    expect(JSON.stringify(listed)).not.toMatch(/material/);

    const { setId } = await importValues(
      pool,
      { name: 'Synthetic keystore set', ownerCountry: 'NL', handling: 'owner', sourceFormat: 'json' },
      [[{ type: 'email', value: 'kept@example.org', raw: 'kept@example.org' }]],
    );
    const key = await groupKey(pool, 'nl-de');
    const now = new Date('2026-11-28T10:00:00Z');
    const { file, header } = await exportSetFilter(pool, setId, {
      key,
      fpRate: 1e-6,
      expiresAt: new Date('2027-01-01T00:00:00Z'),
      sharingGroupId: 'nl-de',
      now,
    });
    expect(header.keyId).toBe(second.keyId);
    expect(await keyForFilterFile(pool, file)).toEqual(key);
  });

  it('names the missing group or key instead of failing vaguely', async () => {
    await expect(groupKey(database.pool, 'nobody')).rejects.toThrow(/"nobody" has no key/);
    await expect(storeNewGroupKey(database.pool, { sharingGroup: '  ' })).rejects.toBeInstanceOf(
      CrosscheckError,
    );
  });
});
