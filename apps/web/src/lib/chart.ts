/** Geometry of the growth chart (our own SVG: one line per key figure over the day, no chart library). */
export interface SeriesPoint {
  time: string;
  values: Record<string, number>;
}

export interface ChartLine {
  id: string;
  points: string;
  last: { x: number; y: number; value: number } | null;
}

export interface ChartGeometry {
  lines: ChartLine[];
  maxValue: number;
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; label: string }[];
}

export interface ChartBox {
  width: number;
  height: number;
  padLeft: number;
  padRight: number;
  padTop: number;
  padBottom: number;
}

/** A "nice" upper bound (1, 2, 5 × 10^n) so ticks land on round numbers. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function timeLabel(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function chartGeometry(
  series: readonly SeriesPoint[],
  ids: readonly string[],
  box: ChartBox,
): ChartGeometry {
  const points = series
    .map((point) => ({ at: Date.parse(point.time), values: point.values }))
    .filter((point) => Number.isFinite(point.at))
    .sort((a, b) => a.at - b.at);
  const numbers = points.flatMap((point) => ids.map((id) => point.values[id] ?? 0)).filter(Number.isFinite);
  const maxValue = niceMax(Math.max(0, ...numbers));
  const first = points[0]?.at ?? 0;
  const last = points.at(-1)?.at ?? 0;
  const span = last - first || 1;
  const innerWidth = box.width - box.padLeft - box.padRight;
  const innerHeight = box.height - box.padTop - box.padBottom;
  const x = (at: number) =>
    box.padLeft + (points.length < 2 ? innerWidth : ((at - first) / span) * innerWidth);
  const y = (value: number) => box.padTop + innerHeight - (Math.max(0, value) / maxValue) * innerHeight;
  const round = (n: number) => Math.round(n * 10) / 10;

  const lines = ids.map((id) => {
    const coords = points.map((point) => {
      const value = Number.isFinite(point.values[id]) ? (point.values[id] as number) : 0;
      return { x: round(x(point.at)), y: round(y(value)), value };
    });
    return { id, points: coords.map((c) => `${c.x},${c.y}`).join(' '), last: coords.at(-1) ?? null };
  });
  // Counts: keep every tick on a whole number (maxValue is 1, 2 or 5 × 10^n).
  const steps = maxValue <= 5 ? maxValue : maxValue % 4 === 0 ? 4 : 5;
  const yTicks = Array.from({ length: steps + 1 }, (_, i) => (maxValue / steps) * i).map((value) => ({
    y: round(y(value)),
    value,
  }));
  const xTicks =
    points.length === 0
      ? []
      : [0, 0.5, 1].map((f) => ({
          x: round(box.padLeft + f * innerWidth),
          label: timeLabel(first + f * span),
        }));
  return { lines, maxValue, yTicks, xTicks };
}
