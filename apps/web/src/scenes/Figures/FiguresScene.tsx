import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { QueryState } from '../../components/QueryState.tsx';
import { formatTime } from '../../lib/format.ts';
import { useFigures } from '../../lib/queries.ts';
import type { Operation } from '../../lib/types.ts';
import { CountryBoard } from '../CommandCentre/CountryBoard.tsx';
import { StatusBoard } from '../CommandCentre/StatusBoard.tsx';
import { GrowthChart } from './GrowthChart.tsx';

/** The key-figures report: every figure with its breakdown, the growth chart, the boards. Printable. */
export function FiguresScene({ operation }: { operation: Operation }) {
  const figures = useFigures(operation.id);
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>Key figures</Title>
          <Text c="dimmed" size="sm">
            {operation.name}
            {operation.synthetic ? ' (synthetic data)' : ''} ·{' '}
            {operation.startsAt || operation.endsAt
              ? `${formatTime(operation.startsAt)} – ${formatTime(operation.endsAt)}`
              : 'no time window set'}{' '}
            · as of {formatTime(new Date(figures.dataUpdatedAt || Date.now()).toISOString())}
          </Text>
        </div>
        <Button className="no-print" variant="light" onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      <QueryState query={figures} label="key figures">
        {(data) => (
          <>
            <Table withTableBorder fz="md" data-testid="figures-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Key figure</Table.Th>
                  <Table.Th ta="right">Value</Table.Th>
                  <Table.Th>Of which</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.metrics.map((metric) => (
                  <Table.Tr key={metric.id} data-testid={`figures-row-${metric.id}`}>
                    <Table.Td>{metric.label}</Table.Td>
                    <Table.Td ta="right" fw={700}>
                      {metric.value}
                    </Table.Td>
                    <Table.Td>
                      {metric.breakdownLabel !== undefined && metric.breakdownValue !== undefined
                        ? `${metric.breakdownValue} ${metric.breakdownLabel}`
                        : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Paper withBorder p="md">
              <Title order={4} mb="xs">
                Growth during the day
              </Title>
              <GrowthChart figures={data} />
            </Paper>
          </>
        )}
      </QueryState>
      <StatusBoard figures={figures} />
      <CountryBoard figures={figures} />
    </Stack>
  );
}
