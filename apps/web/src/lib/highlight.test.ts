import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapOffset, splitHighlights } from './highlight.ts';

const span = (start: number, end: number, data: string) => ({ start, end, data });

describe('splitHighlights', () => {
  it('returns one plain segment without spans', () => {
    expect(splitHighlights('hello', [])).toEqual([{ text: 'hello', start: 0, end: 5, marks: [] }]);
  });

  it('returns nothing for empty text', () => {
    expect(splitHighlights('', [span(0, 3, 'a')])).toEqual([]);
  });

  it('marks a span in the middle', () => {
    const segments = splitHighlights('call 0612345678 now', [span(5, 15, 'phone')]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['call ', []],
      ['0612345678', ['phone']],
      [' now', []],
    ]);
  });

  it('handles spans at both ends of the text', () => {
    const segments = splitHighlights('abcdef', [span(0, 2, 'x'), span(4, 6, 'y')]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['ab', ['x']],
      ['cd', []],
      ['ef', ['y']],
    ]);
  });

  it('splits overlapping spans into segments that carry every covering span', () => {
    const segments = splitHighlights('abcdefgh', [span(1, 5, 'a'), span(3, 7, 'b')]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['a', []],
      ['bc', ['a']],
      ['de', ['a', 'b']],
      ['fg', ['b']],
      ['h', []],
    ]);
  });

  it('handles nested and identical spans', () => {
    const segments = splitHighlights('0123456789', [
      span(2, 8, 'outer'),
      span(4, 6, 'inner'),
      span(4, 6, 'twin'),
    ]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['01', []],
      ['23', ['outer']],
      ['45', ['outer', 'inner', 'twin']],
      ['67', ['outer']],
      ['89', []],
    ]);
  });

  it('clamps out-of-range, inverted, empty and non-finite offsets', () => {
    const segments = splitHighlights('abc', [
      span(-5, 1, 'neg'),
      span(2, 99, 'past'),
      span(2, 1, 'inverted'),
      span(1, 1, 'empty'),
      span(Number.NaN, Number.NaN, 'nan'),
    ]);
    expect(segments.map((s) => [s.text, s.marks])).toEqual([
      ['a', ['neg']],
      ['b', []],
      ['c', ['past']],
    ]);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = 'a😀b';
    // offset 2 is between the two halves of the emoji
    const segments = splitHighlights(text, [span(2, 3, 'half')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const segment of segments) expect(segment.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(segments.find((s) => s.marks.length > 0)?.text).toBe('😀');
  });

  it('keeps hostile markup as plain text in the segments', () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>';
    const segments = splitHighlights(text, [span(0, 8, 'tag'), span(30, 50, 'img')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[0]).toMatchObject({ text: '<script>', marks: ['tag'] });
  });

  it('always reassembles the original text, with marks matching the spans', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 90 }), fc.integer({ min: -5, max: 90 })), {
          maxLength: 8,
        }),
        (text, pairs) => {
          const spans = pairs.map(([start, end], index) => span(start, end, `s${index}`));
          const segments = splitHighlights(text, spans);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          let at = 0;
          for (const segment of segments) {
            expect(segment.start).toBe(at);
            expect(segment.end - segment.start).toBe(segment.text.length);
            at = segment.end;
          }
        },
      ),
    );
  });
});

describe('snapOffset', () => {
  it('moves an offset inside a surrogate pair down or up', () => {
    expect(snapOffset('😀', 1, 'down')).toBe(0);
    expect(snapOffset('😀', 1, 'up')).toBe(2);
    expect(snapOffset('ab', 1, 'up')).toBe(1);
  });
});
