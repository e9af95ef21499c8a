import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFilter, formatFilterKey } from '@vigil/analysis';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMatcher, readQueries } from './match.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-11-28T12:00:00Z');
const key = new Uint8Array(32).map((_, i) => i + 100);

describe('vigil match (offline)', () => {
  const setFile = join(dir, 'nl.csv');
  writeFileSync(setFile, 'type,value,label\nphone,06 12345678,suspect A\nname,Oleksandr Petrenko,case 17\n');
  const filterFile = join(dir, 'de.vgf');
  writeFileSync(
    filterFile,
    exportFilter([{ type: 'email', value: 'jobs@example.org' }], 1, {
      key,
      fpRate: 1e-6,
      setId: 'de-1',
      setName: 'DE list',
      ownerCountry: 'DE',
      sharingGroupId: 'g',
      createdAt: new Date('2026-11-01T00:00:00Z'),
      expiresAt: new Date('2027-01-01T00:00:00Z'),
      filterVersion: 1,
    }).file,
  );

  it('analyses items and matches them against plain sets and filters', async () => {
    const matcher = await loadMatcher([setFile, filterFile], formatFilterKey(key), 'NL', now);
    const items = [
      JSON.stringify({ id: 'ad1', text: 'Call me +31 6 1234 5678, or mail jobs@example.org', country: 'NL' }),
      JSON.stringify({ id: 'ad2', text: 'nothing to see' }),
    ].join('\n');
    const queries = await readQueries(items, 'items.jsonl', 'NL');
    expect(queries).toEqual(
      expect.arrayContaining([
        { type: 'phone', value: '+31612345678', source: 'ad1' },
        { type: 'email', value: 'jobs@example.org', source: 'ad1' },
      ]),
    );
    const kinds = queries.flatMap((q) => matcher.match(q).map((h) => `${q.type}:${h.kind}:${h.set.name}`));
    expect(kinds.sort()).toEqual(['email:filter:DE list', 'phone:exact:nl.csv']);
  });

  it('reads typed selector files and refuses a filter without its key', async () => {
    const queries = await readQueries('type,value\nname,Александр Петренко\n', 'sel.csv', undefined);
    const matcher = await loadMatcher([setFile], undefined, 'NL', now);
    expect(matcher.match(queries[0]!)[0]).toMatchObject({
      kind: 'fuzzy',
      matched: { value: 'oleksandr petrenko' },
    });
    await expect(loadMatcher([filterFile], undefined, undefined, now)).rejects.toThrow(/--key-file/);
  });
});
