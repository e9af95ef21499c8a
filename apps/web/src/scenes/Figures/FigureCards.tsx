import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { QueryState } from '../../components/QueryState.tsx';
import type { Figures } from '../../lib/types.ts';

/** The key figures, large, each with its "of which" breakdown. */
export function FigureCards({ figures }: { figures: UseQueryResult<Figures> }) {
  return (
    <QueryState query={figures} label="key figures">
      {(data) => (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} data-testid="figures">
          {data.metrics.map((metric) => (
            <Paper key={metric.id} withBorder p="md" data-testid={`figure-${metric.id}`}>
              <Text size="sm" c="dimmed" lh={1.2} mih={34}>
                {metric.label}
              </Text>
              <Text fz={40} fw={700} lh={1.1} data-testid={`figure-value-${metric.id}`}>
                {metric.value}
              </Text>
              {metric.breakdownLabel !== undefined && metric.breakdownValue !== undefined && (
                <Text size="sm" data-testid={`figure-breakdown-${metric.id}`}>
                  of which {metric.breakdownLabel}: <b>{metric.breakdownValue}</b>
                </Text>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </QueryState>
  );
}
