import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ITEM_TYPES } from '@vigil/model';
import { type FormEvent, useState } from 'react';
import { DEFAULT_HANDLING, HandlingFields, handlingBody } from '../../components/HandlingFields.tsx';
import { post } from '../../lib/api.ts';
import { bindField } from '../../lib/form-field.ts';
import { options } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { usePlatforms } from '../../lib/queries.ts';
import { keys } from '../../lib/query-keys.ts';
import { detailPath } from '../../lib/route.ts';
import { navigate } from '../../lib/router.ts';
import type { Item, Operation } from '../../lib/types.ts';

const EMPTY = { text: '', title: '', url: '', platformId: '', itemType: 'ad' };

/** Capture an item by hand; the server analyses it on arrival (score, selectors, indicators). */
export function AddItemForm({
  operation,
  opened,
  onClose,
}: {
  operation: Operation;
  opened: boolean;
  onClose: () => void;
}) {
  const [form, setForm] = useState(EMPTY);
  const [handling, setHandling] = useState(DEFAULT_HANDLING);
  const platforms = usePlatforms(operation.id);
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      post<Item | { duplicate: true }>(`/api/operations/${encodeURIComponent(operation.id)}/items`, {
        text: form.text,
        itemType: form.itemType,
        ...(form.title.trim() ? { title: form.title.trim() } : {}),
        ...(form.url.trim() ? { url: form.url.trim() } : {}),
        ...(form.platformId ? { platformId: form.platformId } : {}),
        ...handlingBody(handling),
      }),
    onSuccess: (item) => {
      // The server stores each capture once: the same text again answers { duplicate: true }.
      if (!('id' in item)) {
        notifications.show({ color: 'yellow', message: 'Already captured: an item with this text exists.' });
        return;
      }
      notifySuccess(`Item saved (score ${item.score})`);
      setForm(EMPTY);
      setHandling(DEFAULT_HANDLING);
      onClose();
      void client.invalidateQueries({ queryKey: keys.items(operation.id) });
      void client.invalidateQueries({ queryKey: keys.figures(operation.id) });
      navigate(detailPath('items', item.id));
    },
    onError: (error) => notifyError(error, 'Could not save the item'),
  });
  const field = (name: keyof typeof EMPTY) => bindField(form, setForm, name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Add item" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Textarea
            label="Text"
            required
            autosize
            minRows={5}
            maxRows={14}
            data-autofocus
            {...field('text')}
          />
          <TextInput label="Title" {...field('title')} />
          <TextInput
            label="URL"
            description="Shown as text; only http(s) links are clickable"
            {...field('url')}
          />
          <NativeSelect
            label="Platform"
            data={[
              { value: '', label: '—' },
              ...(platforms.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
            {...field('platformId')}
          />
          <NativeSelect label="Item type" data={options(ITEM_TYPES)} {...field('itemType')} />
          <HandlingFields value={handling} onChange={setHandling} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!form.text.trim()}>
              Save item
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
