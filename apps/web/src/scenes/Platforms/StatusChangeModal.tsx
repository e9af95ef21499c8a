import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { word } from '../../lib/format.ts';
import type { Platform } from '../../lib/types.ts';
import { useChangeStatus } from './platform-mutations.ts';

/** Every status change records why: the reason is part of the platform's history. */
export function StatusChangeModal({
  platform,
  operationId,
  status,
  onClose,
}: {
  platform: Platform;
  operationId: string;
  status: string | null;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const change = useChangeStatus(operationId);
  useEffect(() => {
    if (status) setReason('');
  }, [status]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) return;
    change.mutate({ platform, values: { status, reason: reason.trim() } }, { onSettled: onClose });
  };

  return (
    <Modal opened={status !== null} onClose={onClose} title={`Change status of ${platform.name}`}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {word(platform.status)} → <b>{word(status)}</b>
          </Text>
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending} disabled={!reason.trim()}>
              Change status
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
