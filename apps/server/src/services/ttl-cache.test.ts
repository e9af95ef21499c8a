import { describe, expect, it } from 'vitest';
import { perDatabase, TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('returns a value until it expires', () => {
    const cache = new TtlCache<string, number>(100);
    cache.set('a', 1, 0);
    expect(cache.get('a', 99)).toBe(1);
    expect(cache.get('a', 100)).toBeUndefined();
  });

  it('forgets deleted and cleared keys', () => {
    const cache = new TtlCache<string, number>(1000);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.delete('a');
    expect(cache.get('a', 1)).toBeUndefined();
    cache.clear();
    expect(cache.get('b', 1)).toBeUndefined();
  });

  it('stays within its size, dropping expired entries first, then the oldest', () => {
    const cache = new TtlCache<number, number>(10, 2);
    cache.set(1, 1, 0);
    cache.set(2, 2, 5);
    cache.set(3, 3, 12); // 1 has expired and goes
    expect([cache.get(2, 12), cache.get(3, 12)]).toEqual([2, 3]);
    cache.set(4, 4, 13); // both live: the oldest (2) goes
    expect([cache.get(2, 13), cache.get(3, 13), cache.get(4, 13)]).toEqual([undefined, 3, 4]);
  });

  it('loads through once and does not remember a miss', async () => {
    const cache = new TtlCache<string, number>(60_000);
    let loads = 0;
    const load = async () => {
      loads++;
      return loads > 1 ? loads : undefined;
    };
    expect(await cache.through('k', load)).toBeUndefined();
    expect(await cache.through('k', load)).toBe(2);
    expect(await cache.through('k', load)).toBe(2);
    expect(loads).toBe(2);
  });

  it('keeps one cache per database handle', () => {
    const cacheOf = perDatabase<object, string, number>(1000);
    const first = {};
    const second = {};
    cacheOf(first).set('k', 1);
    expect(cacheOf(first).get('k')).toBe(1);
    expect(cacheOf(second).get('k')).toBeUndefined();
  });
});
