import { Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OPERATION_FOCUS } from '@vigil/model';
import { type FormEvent, useState } from 'react';
import { patch, post } from '../../lib/api.ts';
import { bindField } from '../../lib/form-field.ts';
import { word } from '../../lib/format.ts';
import { isConflict, notifyConflict, notifyError, notifySuccess } from '../../lib/notify.ts';
import { setOperationId } from '../../lib/operation-store.ts';
import { keys } from '../../lib/query-keys.ts';
import type { Operation, OperationSummary } from '../../lib/types.ts';
import {
  EMPTY_OPERATION,
  fromOperation,
  type OperationFormValues,
  toOperationBody,
} from './operation-form.ts';

/** Create an operation, or edit one (with its version: a concurrent edit is refused, not lost). */
export function OperationForm({
  operation,
  opened,
  onClose,
}: {
  operation?: OperationSummary;
  opened: boolean;
  onClose: () => void;
}) {
  const [form, setForm] = useState<OperationFormValues>(
    operation ? fromOperation(operation) : EMPTY_OPERATION,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toOperationBody>) =>
      operation
        ? patch<Operation>(`/api/operations/${encodeURIComponent(operation.id)}`, {
            ...body,
            version: operation.version,
          })
        : post<Operation>('/api/operations', body),
    onSuccess: (saved) => {
      notifySuccess(operation ? `Operation ${saved.name} saved` : `Operation ${saved.name} created`);
      if (!operation) {
        setOperationId(saved.id);
        setForm(EMPTY_OPERATION);
      }
      onClose();
      void client.invalidateQueries({ queryKey: keys.operations });
      void client.invalidateQueries({ queryKey: keys.operation(saved.id) });
    },
    onError: (error) => {
      if (!isConflict(error)) return notifyError(error, 'Could not save the operation');
      notifyConflict();
      void client.invalidateQueries({ queryKey: keys.operations });
    },
  });
  const field = (name: Exclude<keyof OperationFormValues, 'focus'>) => bindField(form, setForm, name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      setProblem(null);
      save.mutate(toOperationBody(form));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={operation ? 'Edit operation' : 'New operation'} size="lg">
      <form onSubmit={submit} aria-label={operation ? 'Edit operation' : 'New operation'}>
        <Stack>
          <TextInput label="Name" required data-autofocus {...field('name')} />
          <Textarea label="Description" autosize {...field('description')} />
          <Group grow>
            <TextInput type="datetime-local" label="Starts" {...field('startsAt')} />
            <TextInput type="datetime-local" label="Ends" {...field('endsAt')} />
          </Group>
          <Checkbox.Group label="Focus" value={form.focus} onChange={(focus) => setForm({ ...form, focus })}>
            <Group mt={4}>
              {OPERATION_FOCUS.map((focus) => (
                <Checkbox key={focus} value={focus} label={word(focus)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group grow>
            <TextInput
              label="Focus group"
              description="A vulnerable group, e.g. Ukrainian refugees"
              {...field('focusGroupLabel')}
            />
            <TextInput
              label="Focus group nationality"
              description="e.g. UA"
              {...field('focusGroupNationality')}
            />
          </Group>
          <TextInput
            label="Countries"
            description="Participating countries, e.g. NL, PL, DE"
            {...field('countries')}
          />
          {problem && (
            <Text c="red" size="sm" role="alert" data-testid="operation-form-error">
              {problem}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {operation ? 'Save operation' : 'Create operation'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
