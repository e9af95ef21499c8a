import { Badge, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { NameResolver } from '../../lib/live-events.ts';
import { describeEvent } from '../../lib/live-events.ts';
import { useLive } from '../../lib/live-provider.tsx';
import { usePlatformNames } from '../../lib/queries.ts';
import type { LiveEvent } from '../../lib/types.ts';

const COLORS: Record<string, string> = {
  platform: 'indigo',
  claim: 'teal',
  alert: 'red',
  item: 'blue',
  person: 'violet',
  lead: 'orange',
  operation: 'gray',
  presence: 'gray',
};

function time(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString();
}

/** The newest events first; every string is data from the server rendered as text. */
export function LiveFeed({ operationId }: { operationId: string }) {
  const { events } = useLive();
  const resolve = usePlatformNames(operationId);
  const visible = events.filter((event) => event.type !== 'presence.changed');
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">
        Live feed
      </Title>
      <ScrollArea.Autosize mah={520}>
        <Stack gap={6} data-testid="live-feed" aria-live="polite">
          {visible.map((event) => (
            <FeedLine key={event.id} event={event} resolve={resolve} />
          ))}
        </Stack>
        {visible.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing has happened yet.
          </Text>
        )}
      </ScrollArea.Autosize>
    </Paper>
  );
}

function FeedLine({ event, resolve }: { event: LiveEvent; resolve: NameResolver }) {
  const domain = event.type.split('.')[0] ?? '';
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      data-testid="live-event"
      data-event-type={event.type}
      data-event-id={event.id}
    >
      <Text size="xs" c="dimmed" w={64} style={{ flexShrink: 0 }}>
        {time(event.time)}
      </Text>
      <Badge
        size="xs"
        color={COLORS[domain] ?? 'gray'}
        variant={domain === 'alert' ? 'filled' : 'light'}
        style={{ flexShrink: 0 }}
      >
        {domain}
      </Badge>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {describeEvent(event, resolve)}
      </Text>
    </Group>
  );
}
