import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { post } from '../../lib/api.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { USERS_KEY, type UserRow } from './users-data.ts';

/** Deactivate (sessions end at once, no sign-in) or reactivate a user. */
export function UserActiveButton({ user }: { user: UserRow }) {
  const client = useQueryClient();
  const action = user.active ? 'deactivate' : 'reactivate';
  const toggle = useMutation({
    mutationFn: () => post<UserRow>(`/api/users/${user.id}/${action}`),
    onSuccess: (saved) => {
      notifySuccess(`User ${saved.email} ${saved.active ? 'reactivated' : 'deactivated'}`);
      void client.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (error) => notifyError(error, `Could not ${action} the user`),
  });
  return (
    <Button
      size="xs"
      variant="light"
      color={user.active ? 'red' : 'green'}
      loading={toggle.isPending}
      onClick={() => toggle.mutate()}
      data-testid={`user-${action}`}
      aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.email}`}
    >
      {user.active ? 'Deactivate' : 'Reactivate'}
    </Button>
  );
}
