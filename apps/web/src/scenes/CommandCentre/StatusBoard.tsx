import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { PLATFORM_STATUSES } from '@vigil/model';
import { QueryState } from '../../components/QueryState.tsx';
import { word } from '../../lib/format.ts';
import type { Figures } from '../../lib/types.ts';

/** Platforms per status of the workflow (registered → confirmed involved). */
export function StatusBoard({ figures }: { figures: UseQueryResult<Figures> }) {
  return (
    <Paper withBorder p="md" data-testid="status-board">
      <Title order={4} mb="xs">
        Platforms by status
      </Title>
      <QueryState query={figures} label="status board">
        {(data) => {
          const statuses = [
            ...PLATFORM_STATUSES,
            ...Object.keys(data.byStatus).filter(
              (s) => !(PLATFORM_STATUSES as readonly string[]).includes(s),
            ),
          ];
          const total = Object.values(data.byStatus).reduce((sum, n) => sum + n, 0) || 1;
          return (
            <Stack gap={6}>
              {statuses.map((status) => {
                const count = data.byStatus[status] ?? 0;
                return (
                  <div key={status} data-testid={`status-${status}`}>
                    <Group justify="space-between">
                      <Text size="sm">{word(status)}</Text>
                      <Text size="sm" fw={600} data-testid={`status-count-${status}`}>
                        {count}
                      </Text>
                    </Group>
                    <Progress
                      value={(count / total) * 100}
                      size="sm"
                      aria-label={`${word(status)}: ${count}`}
                    />
                  </div>
                );
              })}
            </Stack>
          );
        }}
      </QueryState>
    </Paper>
  );
}
