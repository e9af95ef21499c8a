import { describe, expect, it } from 'vitest';
import { chartGeometry, niceMax } from './chart.ts';

const box = { width: 110, height: 60, padLeft: 10, padRight: 0, padTop: 0, padBottom: 10 };

describe('niceMax', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(114)).toBe(200);
    expect(niceMax(50)).toBe(50);
    expect(niceMax(Number.NaN)).toBe(1);
  });
});

describe('chartGeometry', () => {
  it('maps time to x and value to y inside the box', () => {
    const geometry = chartGeometry(
      [
        { time: '2026-11-28T10:00:00Z', values: { a: 0 } },
        { time: '2026-11-28T11:00:00Z', values: { a: 5 } },
      ],
      ['a'],
      box,
    );
    expect(geometry.maxValue).toBe(5);
    expect(geometry.lines[0]?.points).toBe('10,50 110,0');
    expect(geometry.lines[0]?.last).toEqual({ x: 110, y: 0, value: 5 });
  });

  it('sorts by time, skips bad times and treats missing values as zero', () => {
    const geometry = chartGeometry(
      [
        { time: '2026-11-28T11:00:00Z', values: { a: 10 } },
        { time: 'garbage', values: { a: 99 } },
        { time: '2026-11-28T10:00:00Z', values: {} },
      ],
      ['a'],
      box,
    );
    expect(geometry.maxValue).toBe(10);
    expect(geometry.lines[0]?.points).toBe('10,50 110,0');
  });

  it('puts y ticks on whole numbers', () => {
    for (const top of [1, 2, 3, 7, 10, 19, 45, 114, 999]) {
      const geometry = chartGeometry([{ time: '2026-11-28T10:00:00Z', values: { a: top } }], ['a'], box);
      expect(geometry.yTicks.length).toBeGreaterThan(1);
      for (const tick of geometry.yTicks) expect(Number.isInteger(tick.value)).toBe(true);
      expect(geometry.yTicks.at(-1)?.value).toBe(geometry.maxValue);
    }
  });

  it('draws an empty chart without throwing', () => {
    const geometry = chartGeometry([], ['a'], box);
    expect(geometry.lines[0]).toEqual({ id: 'a', points: '', last: null });
    expect(geometry.xTicks).toEqual([]);
  });
});
