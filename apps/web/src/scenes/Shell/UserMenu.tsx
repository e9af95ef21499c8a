import { Button, Menu, Text } from '@mantine/core';
import { useSession, useSignOut } from '../../lib/session.ts';

export function UserMenu() {
  const user = useSession().data?.user;
  const signOut = useSignOut();
  if (!user) return null;
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="subtle" size="xs" data-testid="user-menu">
          {user.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs">{user.email}</Text>
          <Text size="xs">
            {user.role}
            {user.country ? ` · ${user.country}` : ''}
          </Text>
        </Menu.Label>
        <Menu.Item onClick={() => signOut.mutate()}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
