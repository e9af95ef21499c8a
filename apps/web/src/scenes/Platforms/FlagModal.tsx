import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import type { Platform } from '../../lib/types.ts';
import { useFlag } from './platform-mutations.ts';

/** Flag (or unflag) a platform for further investigation and monitoring after the day. */
export function FlagModal({
  platform,
  operationId,
  opened,
  onClose,
}: {
  platform: Platform;
  operationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [schedule, setSchedule] = useState(platform.monitoringSchedule ?? '');
  const flag = useFlag(operationId);
  const flagging = !platform.flaggedForFollowUp;
  useEffect(() => {
    if (opened) {
      setReason('');
      setSchedule(platform.monitoringSchedule ?? '');
    }
  }, [opened, platform.monitoringSchedule]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    flag.mutate(
      {
        platform,
        values: {
          flagged: flagging,
          reason: reason.trim(),
          ...(flagging && schedule.trim() ? { monitoringSchedule: schedule.trim() } : {}),
        },
      },
      { onSettled: onClose },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={flagging ? `Flag ${platform.name} for follow-up` : `Remove follow-up flag from ${platform.name}`}
    >
      <form onSubmit={submit}>
        <Stack>
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {flagging && (
            <TextInput
              label="Monitoring schedule"
              description="e.g. weekly for 3 months"
              value={schedule}
              onChange={(event) => setSchedule(event.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="orange" loading={flag.isPending} disabled={!reason.trim()}>
              {flagging ? 'Flag for follow-up' : 'Remove flag'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
