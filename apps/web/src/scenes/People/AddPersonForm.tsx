import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PERSON_ROLES, SAFEGUARDING_STATUSES } from '@vigil/model';
import { type FormEvent, useState } from 'react';
import { DEFAULT_HANDLING, HandlingFields, handlingBody } from '../../components/HandlingFields.tsx';
import { post } from '../../lib/api.ts';
import { bindField } from '../../lib/form-field.ts';
import { hasPermission, options } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { usePlatforms } from '../../lib/queries.ts';
import { keys } from '../../lib/query-keys.ts';
import { useUser } from '../../lib/session.ts';
import type { Operation, Person } from '../../lib/types.ts';

const EMPTY = {
  role: 'suspect',
  name: '',
  username: '',
  nationality: '',
  platformId: '',
  safeguardingStatus: 'pending',
  notes: '',
};

export function AddPersonForm({
  operation,
  opened,
  onClose,
  onCreated,
}: {
  operation: Operation;
  opened: boolean;
  onClose: () => void;
  onCreated: (role: string) => void;
}) {
  const user = useUser();
  const [form, setForm] = useState(EMPTY);
  const [focusGroup, setFocusGroup] = useState(false);
  const [linked, setLinked] = useState(false);
  const [handling, setHandling] = useState(DEFAULT_HANDLING);
  const platforms = usePlatforms(operation.id);
  const client = useQueryClient();
  // Only someone who may read victims' records may create one (they could not see it otherwise).
  const roles = PERSON_ROLES.filter((role) => role !== 'victim' || hasPermission(user, 'person.read_victim'));
  const create = useMutation({
    mutationFn: () =>
      post<Person>(`/api/operations/${encodeURIComponent(operation.id)}/people`, {
        role: form.role,
        ...(form.name.trim() ? { name: form.name.trim() } : {}),
        ...(form.username.trim() ? { username: form.username.trim() } : {}),
        ...(form.nationality.trim() ? { nationality: form.nationality.trim().toUpperCase() } : {}),
        ...(form.platformId ? { platformId: form.platformId } : {}),
        ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
        ...(form.role === 'victim' ? { safeguardingStatus: form.safeguardingStatus } : {}),
        focusGroup,
        linkedToExploitation: linked,
        ...handlingBody(handling),
      }),
    onSuccess: (person) => {
      notifySuccess('Person recorded');
      onCreated(person.role);
      setForm(EMPTY);
      setFocusGroup(false);
      setLinked(false);
      setHandling(DEFAULT_HANDLING);
      onClose();
      void client.invalidateQueries({ queryKey: keys.people(operation.id) });
      void client.invalidateQueries({ queryKey: keys.figures(operation.id) });
    },
    onError: (error) => notifyError(error, 'Could not record the person'),
  });
  const field = (name: keyof typeof EMPTY) => bindField(form, setForm, name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const group = operation.focusGroup?.label ?? 'the focus group';

  return (
    <Modal opened={opened} onClose={onClose} title="Add person" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <NativeSelect label="Role" data={options(roles)} {...field('role')} />
          <TextInput label="Name" {...field('name')} />
          <TextInput label="Account handle" description="username on the platform" {...field('username')} />
          <TextInput
            label="Nationality"
            description={`ISO country code${operation.focusGroup ? `; focus group nationality: ${operation.focusGroup.nationality}` : ''}`}
            {...field('nationality')}
          />
          <NativeSelect
            label="Platform"
            data={[
              { value: '', label: '—' },
              ...(platforms.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
            {...field('platformId')}
          />
          <Checkbox
            label={`Belongs to / linked to ${group}`}
            checked={focusGroup}
            onChange={(e) => setFocusGroup(e.currentTarget.checked)}
          />
          {form.role !== 'victim' && (
            <Checkbox
              label="Linked to exploitation"
              checked={linked}
              onChange={(e) => setLinked(e.currentTarget.checked)}
            />
          )}
          {form.role === 'victim' && (
            <NativeSelect
              label="Safeguarding referral"
              data={options(SAFEGUARDING_STATUSES)}
              {...field('safeguardingStatus')}
            />
          )}
          <Textarea label="Notes" autosize {...field('notes')} />
          <HandlingFields value={handling} onChange={setHandling} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!form.name.trim() && !form.username.trim()}
            >
              Save person
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
