import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DEFAULT_HANDLING, HandlingFields, handlingBody } from '../../components/HandlingFields.tsx';
import { post } from '../../lib/api.ts';
import { hasPermission } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useCurrentOperation } from '../../lib/operation-store.ts';
import { keys } from '../../lib/query-keys.ts';
import { detailPath } from '../../lib/route.ts';
import { navigate } from '../../lib/router.ts';
import { useUser } from '../../lib/session.ts';
import { members } from '../../lib/teams.ts';
import type { Lead } from '../../lib/types.ts';

/** Turn an item or a person into a lead for further investigation. */
export function CreateLeadButton({
  sourceType,
  sourceId,
  defaultTitle,
}: {
  sourceType: 'item' | 'person';
  sourceId: string;
  defaultTitle: string;
}) {
  const user = useUser();
  const { operation } = useCurrentOperation();
  const [opened, setOpened] = useState(false);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [handling, setHandling] = useState(DEFAULT_HANDLING);
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (operationId: string) =>
      post<Lead>(`/api/operations/${encodeURIComponent(operationId)}/leads`, {
        title: title.trim(),
        sourceType,
        sourceId,
        ...(summary.trim() ? { summary: summary.trim() } : {}),
        ...(assigneeId ? { assigneeId } : {}),
        ...handlingBody(handling),
      }),
    onSuccess: (lead, operationId) => {
      notifySuccess('Lead created');
      setOpened(false);
      void client.invalidateQueries({ queryKey: keys.leads(operationId) });
      navigate(detailPath('leads', lead.id));
    },
    onError: (error) => notifyError(error, 'Could not create the lead'),
  });
  if (!operation || !hasPermission(user, 'lead.create')) return null;

  const open = () => {
    setTitle(defaultTitle.slice(0, 120));
    setSummary('');
    setAssigneeId('');
    setHandling(DEFAULT_HANDLING);
    setOpened(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(operation.id);
  };

  return (
    <>
      <Button variant="light" color="orange" onClick={open}>
        Create lead
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Create lead" size="lg">
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label="Title"
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <Textarea
              label="Summary"
              autosize
              minRows={3}
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
            />
            <NativeSelect
              label="Assignee"
              data={[
                { value: '', label: '—' },
                ...members(operation).map((m) => ({ value: m.id, label: m.name })),
              ]}
              value={assigneeId}
              onChange={(e) => setAssigneeId(e.currentTarget.value)}
            />
            <HandlingFields value={handling} onChange={setHandling} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
                Save lead
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
