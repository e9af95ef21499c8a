import { Drawer, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/QueryState.tsx';
import { get } from '../../lib/api.ts';
import { formatTime } from '../../lib/format.ts';
import { describeEvent } from '../../lib/live-events.ts';
import { keys } from '../../lib/query-keys.ts';
import type { LiveEvent, Platform } from '../../lib/types.ts';

/** Every change of a platform: who, when and why. */
export function HistoryDrawer({ platform, onClose }: { platform: Platform | null; onClose: () => void }) {
  return (
    <Drawer
      opened={platform !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={platform?.name ?? ''}
    >
      {platform && <History id={platform.id} />}
    </Drawer>
  );
}

function History({ id }: { id: string }) {
  const history = useQuery({
    queryKey: keys.platformHistory(id),
    queryFn: () => get<LiveEvent[]>(`/api/platforms/${encodeURIComponent(id)}/history`),
  });
  return (
    <QueryState query={history} label="history">
      {(events) =>
        events.length === 0 ? (
          <Text c="dimmed">No changes recorded.</Text>
        ) : (
          <Timeline bulletSize={12} data-testid="platform-history">
            {[...events].reverse().map((event) => (
              <Timeline.Item key={event.id} title={event.type}>
                <Stack gap={0}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {describeEvent(event)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatTime(event.time)}
                  </Text>
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
        )
      }
    </QueryState>
  );
}
