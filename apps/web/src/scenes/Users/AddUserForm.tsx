import { Button, Card, Group, NativeSelect, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLES } from '@vigil/model';
import { type FormEvent, useState } from 'react';
import { post } from '../../lib/api.ts';
import { bindField } from '../../lib/form-field.ts';
import { options } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { type Agency, USERS_KEY, type UserRow } from './users-data.ts';

const EMPTY = { email: '', name: '', role: 'investigator', country: '', agencyId: '', password: '' };

export function AddUserForm({ agencies }: { agencies: Agency[] }) {
  const [form, setForm] = useState(EMPTY);
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: () =>
      post<UserRow>('/api/users', {
        email: form.email.trim(),
        name: form.name.trim(),
        role: form.role,
        password: form.password,
        ...(form.country.trim() ? { country: form.country.trim().toUpperCase() } : {}),
        ...(form.agencyId ? { agencyId: form.agencyId } : {}),
      }),
    onSuccess: (user) => {
      notifySuccess(`User ${user.email} added`);
      setForm(EMPTY);
      void client.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (error) => notifyError(error, 'Could not add the user'),
  });
  const field = (name: keyof typeof EMPTY) => bindField(form, setForm, name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-label="Add user">
        <Stack>
          <Title order={4}>Add user</Title>
          <TextInput label="E-mail" type="email" required {...field('email')} />
          <TextInput label="Name" required {...field('name')} />
          <NativeSelect label="Role" data={options(ROLES)} {...field('role')} />
          <TextInput label="Country" description="e.g. NL" {...field('country')} />
          <NativeSelect
            label="Agency"
            data={[
              { value: '', label: 'No agency' },
              ...agencies.map((a) => ({ value: a.id, label: a.name })),
            ]}
            {...field('agencyId')}
          />
          <PasswordInput
            label="Initial password"
            description="At least 12 characters"
            required
            {...field('password')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              Add user
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
