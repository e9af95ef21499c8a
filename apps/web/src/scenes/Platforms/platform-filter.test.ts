import { describe, expect, it } from 'vitest';
import type { Platform } from '../../lib/types.ts';
import { EMPTY_FILTER, filterPlatforms } from './platform-filter.ts';

const platform = (id: string, over: Partial<Platform>): Platform => ({
  id,
  operationId: 'o',
  name: id,
  kind: 'forum',
  addresses: [],
  languages: [],
  countries: [],
  targetGroups: [],
  status: 'registered',
  flaggedForFollowUp: false,
  monitoringSchedule: null,
  teamId: null,
  cse: false,
  notes: null,
  version: 1,
  updatedAt: '',
  claims: [],
  ...over,
});

const list = [
  platform('a', { status: 'checked', kind: 'dating', teamId: 't1' }),
  platform('b', { flaggedForFollowUp: true, addresses: ['abcdefgh.onion'] }),
  platform('c', { status: 'checked', teamId: 't2' }),
];

describe('filterPlatforms', () => {
  it('keeps everything without a filter', () => {
    expect(filterPlatforms(list, EMPTY_FILTER)).toHaveLength(3);
  });

  it('combines status, kind and team', () => {
    expect(filterPlatforms(list, { ...EMPTY_FILTER, status: 'checked' }).map((p) => p.id)).toEqual([
      'a',
      'c',
    ]);
    expect(
      filterPlatforms(list, { ...EMPTY_FILTER, status: 'checked', teamId: 't2' }).map((p) => p.id),
    ).toEqual(['c']);
    expect(filterPlatforms(list, { ...EMPTY_FILTER, kind: 'dating' }).map((p) => p.id)).toEqual(['a']);
    expect(filterPlatforms(list, { ...EMPTY_FILTER, teamId: 'none' }).map((p) => p.id)).toEqual(['b']);
  });

  it('filters flagged platforms and searches names and addresses', () => {
    expect(filterPlatforms(list, { ...EMPTY_FILTER, flaggedOnly: true }).map((p) => p.id)).toEqual(['b']);
    expect(filterPlatforms(list, { ...EMPTY_FILTER, search: 'ONION' }).map((p) => p.id)).toEqual(['b']);
  });
});
