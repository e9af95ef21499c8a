import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight.ts';
import { groupSelectors, markClass, markSpans } from './item-marks.ts';

const selector = (type: string, value: string, raw: string, start: number, end: number) => ({
  type,
  value,
  raw,
  start,
  end,
});

describe('markSpans', () => {
  it('labels selectors and indicators and highlights overlaps as both', () => {
    const text = 'new girls call 06 12 34 56 78';
    const spans = markSpans(
      text,
      null,
      [selector('phone', '+31612345678', '06 12 34 56 78', 15, 29)],
      [
        {
          id: 'en.sexual.new_girls',
          category: 'sexual',
          weight: 5,
          lang: 'en',
          match: 'new girls',
          start: 0,
          end: 9,
        },
      ],
    );
    const segments = splitHighlights(text, spans);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.label)])).toEqual([
      ['new girls', ['sexual · en.sexual.new_girls (+5)']],
      [' call ', []],
      ['06 12 34 56 78', ['phone: +31612345678']],
    ]);
    expect(markClass(segments[0]!.marks)).toBe('vigil-mark-indicator');
    expect(markClass([...segments[0]!.marks, ...segments[2]!.marks])).toBe('vigil-mark-both');
  });
});

describe('groupSelectors', () => {
  it('groups by type, dedupes values and keeps distinct raw forms', () => {
    const groups = groupSelectors([
      selector('phone', '+31612345678', '06 12 34 56 78', 0, 1),
      selector('phone', '+31612345678', '+31612345678', 2, 3),
      selector('email', 'a@b.test', 'a [at] b.test', 4, 5),
      selector('phone', '+31612345678', 'zero six 12 34 56 78', 6, 7),
    ]);
    expect(groups).toEqual([
      { type: 'email', values: [{ value: 'a@b.test', raws: ['a [at] b.test'] }] },
      {
        type: 'phone',
        values: [{ value: '+31612345678', raws: ['06 12 34 56 78', 'zero six 12 34 56 78'] }],
      },
    ]);
  });
});
