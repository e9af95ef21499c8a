import { Badge, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { useFigures } from '../../lib/queries.ts';
import type { Operation } from '../../lib/types.ts';
import { FigureCards } from '../Figures/FigureCards.tsx';
import { GrowthChart } from '../Figures/GrowthChart.tsx';
import { AlertsPanel } from './AlertsPanel.tsx';
import { CountryBoard } from './CountryBoard.tsx';
import { LiveFeed } from './LiveFeed.tsx';
import { PresenceList } from './PresenceList.tsx';
import { StatusBoard } from './StatusBoard.tsx';

/** The live view of the action day: figures, feed, claims and alerts, boards, who is online. */
export function CommandCentre({ operation }: { operation: Operation }) {
  const figures = useFigures(operation.id);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{operation.name}</Title>
        {operation.synthetic && <Badge color="grape">synthetic data</Badge>}
      </Group>
      <FigureCards figures={figures} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Paper withBorder p="md">
              <Title order={4} mb="xs">
                Growth during the day
              </Title>
              {figures.data && <GrowthChart figures={figures.data} height={220} />}
            </Paper>
            <Grid>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <StatusBoard figures={figures} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <PresenceList operationId={operation.id} />
              </Grid.Col>
            </Grid>
            <CountryBoard figures={figures} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <AlertsPanel operationId={operation.id} />
            <LiveFeed operationId={operation.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
