import { AppShell, Burger, Center, Group, Loader, NavLink, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { hasPermission } from '../../lib/format.ts';
import { LiveProvider } from '../../lib/live-provider.tsx';
import { useCurrentOperation } from '../../lib/operation-store.ts';
import { navigate, usePath } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import { LoginScene } from '../Login/LoginScene.tsx';
import { HealthBadge } from './HealthBadge.tsx';
import { LiveBadge } from './LiveBadge.tsx';
import { NAV_ITEMS } from './nav-items.ts';
import { OperationSelect } from './OperationSelect.tsx';
import { SceneSwitch } from './SceneSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

export function Shell() {
  const session = useSession();
  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading session" />
      </Center>
    );
  }
  if (!session.data) return <LoginScene />;
  return <SignedInShell />;
}

function SignedInShell() {
  const [opened, { toggle, close }] = useDisclosure();
  const path = usePath();
  const { operation, loading } = useCurrentOperation();
  const section = `/${path.split('/')[1] ?? ''}`;
  const user = useSession().data?.user ?? null;
  const navItems = NAV_ITEMS.filter(
    (item) => !('permission' in item) || hasPermission(user, item.permission),
  );

  return (
    <LiveProvider operationId={operation?.id ?? null}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label="Toggle navigation"
              />
              <Title order={3}>Vigil</Title>
              <OperationSelect current={operation} />
            </Group>
            <Group wrap="nowrap" gap="xs">
              <LiveBadge />
              <HealthBadge />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="Main navigation">
          {navItems.map((item) => (
            <NavLink
              key={item.path}
              href={item.path}
              label={item.label}
              active={item.path === section}
              onClick={(event) => {
                event.preventDefault();
                close();
                navigate(item.path);
              }}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          <SceneSwitch path={path} operation={operation} loadingOperation={loading} />
        </AppShell.Main>
      </AppShell>
    </LiveProvider>
  );
}
