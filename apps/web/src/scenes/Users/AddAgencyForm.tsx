import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { post } from '../../lib/api.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { AGENCIES_KEY } from './users-data.ts';

export function AddAgencyForm() {
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: () =>
      post('/api/agencies', {
        name: name.trim(),
        ...(country.trim() ? { country: country.trim().toUpperCase() } : {}),
      }),
    onSuccess: () => {
      notifySuccess(`Agency ${name.trim()} added`);
      setName('');
      setCountry('');
      void client.invalidateQueries({ queryKey: AGENCIES_KEY });
    },
    onError: (error) => notifyError(error, 'Could not add the agency'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Card withBorder>
      <form onSubmit={submit} aria-label="Add agency">
        <Stack>
          <Title order={4}>Add agency</Title>
          <TextInput
            label="Agency name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label="Agency country"
            description="e.g. NL"
            value={country}
            onChange={(e) => setCountry(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              Add agency
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
