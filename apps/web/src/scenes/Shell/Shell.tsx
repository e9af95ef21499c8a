import { AppShell, Badge, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { navigate, usePath } from '../../lib/router.ts';
import { NAV_ITEMS } from './nav-items.ts';

interface Health {
  status: string;
  version: string;
  database: { kind: string; migration: { version: number } };
}

export function Shell() {
  const [opened, { toggle }] = useDisclosure();
  const path = usePath();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => api<Health>('/api/health'),
    refetchInterval: 30_000,
  });
  const current = NAV_ITEMS.find((item) => item.path === path) ?? NAV_ITEMS[0];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Title order={3}>Vigil</Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              online action days against human trafficking
            </Text>
          </Group>
          <Badge
            color={health.data ? 'green' : health.isError ? 'red' : 'gray'}
            variant="light"
            data-testid="health"
          >
            {health.data
              ? `${health.data.database.kind} database`
              : health.isError
                ? 'server unreachable'
                : 'connecting'}
          </Badge>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {NAV_ITEMS.map((item) => (
          <NavLink
            key={item.path}
            href={item.path}
            label={item.label}
            active={item.path === current.path}
            onClick={(event) => {
              event.preventDefault();
              navigate(item.path);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Title order={2}>{current.label}</Title>
      </AppShell.Main>
    </AppShell>
  );
}
