import { describe, expect, it } from 'vitest';
import { exportFilter } from './filter-export.ts';
import { decodeFilterFile } from './filter-file.ts';
import { ReferenceMatcher } from './reference-matcher.ts';
import type { ReferenceValue } from './reference-value.ts';

const key = new Uint8Array(32).fill(42);
const nl = { id: 'nl-1', name: 'NL watchlist', ownerCountry: 'NL' };
const values: ReferenceValue[] = [
  { type: 'email', value: 'jobs@example.org', raw: 'Jobs@example.org', label: 'recruiter' },
  { type: 'name', value: 'oleksandr petrenko', raw: 'Oleksandr Petrenko' },
  { type: 'username', value: 'katya_love', raw: '@katya_love' },
];

describe('ReferenceMatcher', () => {
  it('reports exact hits above fuzzy hits, across scripts and handle spellings', () => {
    const m = new ReferenceMatcher();
    m.addSet(nl, values);
    expect(m.match({ type: 'email', value: 'jobs@example.org' })).toMatchObject([
      { kind: 'exact', score: 1, matched: values[0] },
    ]);
    expect(m.match({ type: 'email', value: 'other@example.org' })).toEqual([]);
    const name = m.match({ type: 'name', value: 'александр петренко' });
    expect(name).toHaveLength(1);
    expect(name[0]).toMatchObject({ kind: 'fuzzy', note: 'transliteration' });
    expect(name[0]!.score).toBeLessThan(1);
    const handle = m.match({ type: 'handle', value: 'telegram:k4tya_l0ve' });
    expect(handle[0]).toMatchObject({ kind: 'fuzzy', matched: values[2] });
  });

  it('matches against an exported filter without holding any value', () => {
    const { file, header } = exportFilter(values, values.length, {
      key,
      fpRate: 1e-6,
      setId: 'nl-1',
      setName: 'NL watchlist',
      ownerCountry: 'NL',
      sharingGroupId: 'g1',
      createdAt: new Date('2026-11-01T00:00:00Z'),
      expiresAt: new Date('2027-01-01T00:00:00Z'),
      filterVersion: 1,
      contact: 'thb-desk@politie.example',
    });
    expect(header.selectorTypes).toEqual(['email', 'name', 'username']);
    const m = new ReferenceMatcher();
    m.addFilter(decodeFilterFile(file, key, new Date('2026-11-28T00:00:00Z')));
    const [hit] = m.match({ type: 'email', value: 'jobs@example.org' });
    expect(hit).toMatchObject({ kind: 'filter', set: { ownerCountry: 'NL' } });
    expect(hit?.matched).toBeUndefined();
    expect(hit?.note).toMatch(/may know this selector: contact them.*thb-desk/);
    expect(m.match({ type: 'email', value: 'nobody@example.org' })).toEqual([]);
    expect(m.match({ type: 'phone', value: 'jobs@example.org' })).toEqual([]);
  });
});
