import { describe, expect, it } from 'vitest';
import { alignSpans, bestShift } from './align-offsets.ts';

const text = 'Job abroad for young women from Ukraine. WhatsApp +43 664 9487808';
const title = 'Synthetic ad 1995';
const at = (needle: string, shift = 0) => {
  const start = text.indexOf(needle) + shift;
  return { start, end: start + needle.length, expected: needle };
};

describe('alignSpans', () => {
  it('keeps correct offsets as they are', () => {
    const spans = [at('young women'), at('+43 664 9487808')];
    expect(bestShift(text, title, spans)).toBe(0);
    expect(alignSpans(text, title, spans)).toEqual(spans);
  });

  it('undoes a shift by the title and a newline', () => {
    const shift = title.length + 1;
    const spans = [at('Job abroad', shift), at('young women', shift), at('+43 664 9487808', shift)];
    expect(bestShift(text, title, spans)).toBe(shift);
    expect(alignSpans(text, title, spans).map((s) => text.slice(s.start, s.end))).toEqual([
      'Job abroad',
      'young women',
      '+43 664 9487808',
    ]);
  });

  it('re-anchors a stray span to the nearest occurrence and drops one that is not in the text', () => {
    const spans = [
      at('young women'),
      { start: 2, end: 9, expected: 'Ukraine' },
      { start: 0, end: 3, expected: 'absent' },
    ];
    const aligned = alignSpans(text, null, spans);
    expect(aligned.map((s) => text.slice(s.start, s.end))).toEqual(['young women', 'Ukraine']);
  });

  it('keeps spans without an expected string unchanged', () => {
    expect(alignSpans(text, null, [{ start: 1, end: 4, expected: '' }])).toEqual([
      { start: 1, end: 4, expected: '' },
    ]);
  });
});
