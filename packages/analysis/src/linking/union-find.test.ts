import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find.ts';

describe('UnionFind', () => {
  it('joins sets and reports sizes and groups', () => {
    const uf = new UnionFind(2);
    uf.ensure(6);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.union(1, 0)).toBe(false);
    uf.union(3, 4);
    uf.union(4, 5);
    expect(uf.find(5)).toBe(uf.find(3));
    expect(uf.setSize(4)).toBe(3);
    expect(uf.groups(2)).toEqual([
      [3, 4, 5],
      [0, 1],
    ]);
    expect(uf.groups(1)).toHaveLength(3);
  });

  it('agrees with a naive labelling for arbitrary unions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 60 }), (pairs) => {
        const uf = new UnionFind();
        uf.ensure(31);
        const label = Array.from({ length: 31 }, (_, i) => i);
        for (const [a, b] of pairs) {
          uf.union(a, b);
          const from = label[b];
          const to = label[a];
          for (let i = 0; i < 31; i++) if (label[i] === from) label[i] = to as number;
        }
        for (let i = 0; i < 31; i++)
          for (let j = 0; j < 31; j++) expect(uf.find(i) === uf.find(j)).toBe(label[i] === label[j]);
      }),
    );
  });
});
