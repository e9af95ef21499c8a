import { Group, Text } from '@mantine/core';
import { chartGeometry } from '../../lib/chart.ts';
import type { Figures } from '../../lib/types.ts';

const COLORS = ['#4263eb', '#f08c00', '#e03131', '#2f9e44', '#ae3ec9', '#1098ad', '#5c940d', '#868e96'];
const WIDTH = 640;

/** How each key figure grew during the day: a plain SVG line chart, scaled to its container. */
export function GrowthChart({ figures, height = 260 }: { figures: Figures; height?: number }) {
  const ids = figures.metrics.map((metric) => metric.id);
  const box = { width: WIDTH, height, padLeft: 36, padRight: 12, padTop: 8, padBottom: 22 };
  const geometry = chartGeometry(figures.series, ids, box);
  if (figures.series.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No figures recorded yet.
      </Text>
    );
  }
  return (
    <div data-testid="growth-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label="Growth of the key figures during the day"
        style={{ maxHeight: height }}
      >
        {geometry.yTicks.map((tick) => (
          <g key={tick.y}>
            <line x1={box.padLeft} x2={WIDTH - box.padRight} y1={tick.y} y2={tick.y} stroke="#e9ecef" />
            <text x={box.padLeft - 4} y={tick.y + 4} fontSize={10} textAnchor="end" fill="#868e96">
              {tick.value}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick, index) => (
          <text
            key={tick.x}
            x={tick.x}
            y={height - 6}
            fontSize={10}
            fill="#868e96"
            textAnchor={index === 0 ? 'start' : index === geometry.xTicks.length - 1 ? 'end' : 'middle'}
          >
            {tick.label}
          </text>
        ))}
        {geometry.lines.map((line, index) => (
          <g key={line.id}>
            <polyline
              points={line.points}
              fill="none"
              stroke={COLORS[index % COLORS.length]}
              strokeWidth={2}
              strokeLinejoin="round"
            />
            {line.last && (
              <circle cx={line.last.x} cy={line.last.y} r={3} fill={COLORS[index % COLORS.length]} />
            )}
          </g>
        ))}
      </svg>
      <Group gap="md" mt={4}>
        {figures.metrics.map((metric, index) => (
          <Group key={metric.id} gap={4} wrap="nowrap">
            <span
              aria-hidden
              style={{ width: 10, height: 10, borderRadius: 2, background: COLORS[index % COLORS.length] }}
            />
            <Text size="xs">{metric.label}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
