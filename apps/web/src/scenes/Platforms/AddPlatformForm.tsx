import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PLATFORM_KINDS } from '@vigil/model';
import { type FormEvent, useState } from 'react';
import { post } from '../../lib/api.ts';
import { bindField } from '../../lib/form-field.ts';
import { options, splitList } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { keys } from '../../lib/query-keys.ts';
import type { Platform } from '../../lib/types.ts';

const EMPTY = {
  name: '',
  kind: 'social_media',
  addresses: '',
  languages: '',
  countries: '',
  targetGroups: '',
  notes: '',
};

export function AddPlatformForm({
  operationId,
  opened,
  onClose,
}: {
  operationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [form, setForm] = useState(EMPTY);
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      post<Platform>(`/api/operations/${encodeURIComponent(operationId)}/platforms`, {
        name: form.name.trim(),
        kind: form.kind,
        addresses: splitList(form.addresses),
        languages: splitList(form.languages),
        countries: splitList(form.countries).map((c) => c.toUpperCase()),
        targetGroups: splitList(form.targetGroups),
        ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
      }),
    onSuccess: (platform) => {
      notifySuccess(`Platform ${platform.name} added`);
      setForm(EMPTY);
      onClose();
      void client.invalidateQueries({ queryKey: keys.platforms(operationId) });
      void client.invalidateQueries({ queryKey: keys.figures(operationId) });
    },
    onError: (error) => notifyError(error, 'Could not add the platform'),
  });
  const field = (name: keyof typeof EMPTY) => bindField(form, setForm, name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Add platform" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Name" required data-autofocus {...field('name')} />
          <NativeSelect label="Kind" data={options(PLATFORM_KINDS)} {...field('kind')} />
          <Textarea
            label="Addresses"
            description="URLs or .onion addresses, one per line"
            autosize
            {...field('addresses')}
          />
          <TextInput label="Languages" description="e.g. en, uk, ru" {...field('languages')} />
          <TextInput label="Countries" description="ISO codes, e.g. NL, DE" {...field('countries')} />
          <TextInput label="Target groups" description="e.g. ukrainian_refugees" {...field('targetGroups')} />
          <Textarea label="Notes" autosize {...field('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Save platform
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
