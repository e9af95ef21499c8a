import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';
import { WordTable } from './word-table.ts';

describe('WordTable', () => {
  it('finds tokens by their folded key, in place, and nothing else', () => {
    const table = new WordTable();
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    const ids = words.map((w) => table.add(w));
    expect(table.add('w7')).toBe(ids[7]); // adding again gives the same id
    expect(table.size).toBe(500);
    const t = tokenize('W7 w499 w500 wx Łódź');
    expect([0, 1, 2, 3, 4].map((i) => table.find(t, i))).toEqual([ids[7], ids[499], -1, -1, -1]);
    const lodz = table.add('lodz');
    expect(table.find(t, 4)).toBe(lodz);
    expect(table.word(lodz)).toBe('lodz');
  });
});
