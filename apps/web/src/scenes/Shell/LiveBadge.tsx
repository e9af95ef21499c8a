import { Badge } from '@mantine/core';
import { type LiveStatus, useLive } from '../../lib/live-provider.tsx';

const LOOK: Record<LiveStatus, { color: string; label: string }> = {
  off: { color: 'gray', label: 'no operation' },
  connecting: { color: 'gray', label: 'connecting' },
  live: { color: 'green', label: 'live' },
  reconnecting: { color: 'orange', label: 'reconnecting' },
};

/** Whether the live stream is up: investigators must know when the page may be stale. */
export function LiveBadge() {
  const { status } = useLive();
  const look = LOOK[status];
  return (
    <Badge color={look.color} variant="dot" data-testid="live-status" data-status={status} role="status">
      {look.label}
    </Badge>
  );
}
