import { describe, expect, it } from 'vitest';
import { KeyedFilter } from './keyed-filter.ts';

describe('KeyedFilter', () => {
  const key = new Uint8Array(32).map((_, i) => i * 7);

  it('answers a batch exactly like one lookup at a time, across chunk boundaries', () => {
    const filter = KeyedFilter.create(key, 1000, 1e-3);
    for (let i = 0; i < 1000; i += 2) filter.add('email', `user${i}@example.org`);
    const values = Array.from({ length: 333 }, (_, i) =>
      i % 3 === 0 ? `user${i * 2}@example.org` : `other${i}@example.net`,
    );
    const batch = [...filter.hasMany('email', values)];
    expect(batch).toEqual(values.map((v) => (filter.has('email', v) ? 1 : 0)));
    expect(batch.filter((x, i) => i % 3 === 0 && x === 1)).toHaveLength(111); // no false negatives
  });

  it('keeps types apart: the same text under another type is another value', () => {
    const filter = KeyedFilter.create(key, 10, 1e-6);
    filter.add('username', 'synthetic_user');
    expect(filter.has('username', 'synthetic_user')).toBe(true);
    expect(filter.has('name', 'synthetic_user')).toBe(false);
    expect([...filter.hasMany('username', ['synthetic_user', 'other'])]).toEqual([1, 0]);
  });
});
