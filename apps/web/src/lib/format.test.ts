import { describe, expect, it } from 'vitest';
import { hasPermission, splitList, word } from './format.ts';
import { nextLeadStatuses } from './lead-flow.ts';

describe('format helpers', () => {
  it('splits user lists on ; , and newlines', () => {
    expect(splitList(' en; uk ,\nru;;')).toEqual(['en', 'uk', 'ru']);
  });

  it('names known words and falls back for unknown ones', () => {
    expect(word('confirmed')).toBe('Confirmed involved');
    expect(word('organ_trafficking')).toBe('organ trafficking');
    expect(word(null)).toBe('—');
  });

  it('checks permissions', () => {
    expect(hasPermission({ permissions: ['person.read_victim'] }, 'person.read_victim')).toBe(true);
    expect(hasPermission(null, 'person.read_victim')).toBe(false);
  });
});

describe('nextLeadStatuses', () => {
  it('walks new → in progress → referred → closed', () => {
    expect(nextLeadStatuses('new')).toEqual(['in_progress', 'closed']);
    expect(nextLeadStatuses('in_progress')).toEqual(['referred', 'closed']);
    expect(nextLeadStatuses('referred')).toEqual(['closed']);
    expect(nextLeadStatuses('closed')).toEqual([]);
  });
});

describe('keyed', () => {
  it('numbers repeated keys', async () => {
    const { keyed } = await import('./keyed.ts');
    expect(keyed(['a', 'b', 'a', 'a'], (v) => v).map((e) => e.key)).toEqual(['a', 'b', 'a#1', 'a#2']);
  });
});
