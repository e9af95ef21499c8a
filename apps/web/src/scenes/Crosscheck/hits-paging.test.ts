import { describe, expect, it } from 'vitest';
import { flattenHitPages, nextHitsCursor } from './hits-paging.ts';

const hits = (...ids: string[]) => ids.map((id) => ({ id }));

describe('hits paging', () => {
  it('continues after the last hit of a full page and stops after a short one', () => {
    expect(nextHitsCursor(hits('a', 'b'), 2)).toBe('b');
    expect(nextHitsCursor(hits('a'), 2)).toBeUndefined();
    expect(nextHitsCursor([], 2)).toBeUndefined();
  });

  it('joins pages in order and keeps a hit that appears on two pages once', () => {
    expect(flattenHitPages([hits('c', 'b'), hits('b', 'a')]).map((h) => h.id)).toEqual(['c', 'b', 'a']);
  });
});
