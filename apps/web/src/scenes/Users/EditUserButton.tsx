import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES } from '@vigil/model';
import { type FormEvent, useState } from 'react';
import { patch } from '../../lib/api.ts';
import { bindField } from '../../lib/form-field.ts';
import { options } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { type Agency, USERS_KEY, type UserRow } from './users-data.ts';

const formOf = (user: UserRow) => ({
  name: user.name,
  role: user.role,
  country: user.country ?? '',
  agencyId: user.agencyId ?? '',
});

/** Edit a user's name, role, country and agency in a dialog; the server guards the last administrator. */
export function EditUserButton({ user, agencies }: { user: UserRow; agencies: Agency[] }) {
  const [opened, setOpened] = useState(false);
  const [form, setForm] = useState(() => formOf(user));
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      patch<UserRow>(`/api/users/${user.id}`, {
        name: form.name.trim(),
        role: form.role,
        country: form.country.trim() ? form.country.trim().toUpperCase() : null,
        agencyId: form.agencyId || null,
      }),
    onSuccess: (saved) => {
      notifySuccess(`User ${saved.email} changed`);
      setOpened(false);
      void client.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (error) => notifyError(error, 'Could not change the user'),
  });
  const field = (name: keyof ReturnType<typeof formOf>) => bindField(form, setForm, name);
  const open = () => {
    setForm(formOf(user));
    setOpened(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <>
      <Button
        size="xs"
        variant="light"
        onClick={open}
        data-testid="user-edit"
        aria-label={`Edit ${user.email}`}
      >
        Edit
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Edit ${user.email}`}>
        <form onSubmit={submit} aria-label="Edit user" data-testid="user-edit-form">
          <Stack>
            <TextInput label="Name" required {...field('name')} />
            <NativeSelect label="Role" data={options(ROLES)} {...field('role')} />
            <TextInput label="Country" description="e.g. NL; empty for none" {...field('country')} />
            <NativeSelect
              label="Agency"
              data={[
                { value: '', label: 'No agency' },
                ...agencies.map((a) => ({ value: a.id, label: a.name })),
              ]}
              {...field('agencyId')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} data-testid="user-edit-save">
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
