import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api.ts';

interface Health {
  status: string;
  database: { kind: string };
}

export function HealthBadge() {
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => get<Health>('/api/health'),
    refetchInterval: 30_000,
  });
  return (
    <Badge
      color={health.data ? 'green' : health.isError ? 'red' : 'gray'}
      variant="light"
      data-testid="health"
      visibleFrom="md"
    >
      {health.data
        ? `${health.data.database.kind} database`
        : health.isError
          ? 'server unreachable'
          : 'connecting'}
    </Badge>
  );
}
