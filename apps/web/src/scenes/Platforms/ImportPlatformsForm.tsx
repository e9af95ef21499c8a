import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ImportResultView } from '../../components/ImportResultView.tsx';
import { TextSource } from '../../components/TextSource.tsx';
import { api } from '../../lib/api.ts';
import { notifyError } from '../../lib/notify.ts';
import { keys } from '../../lib/query-keys.ts';
import type { ImportResult } from '../../lib/types.ts';

const HEADER = 'name,kind,addresses,languages,countries,target_groups';

export function ImportPlatformsForm({
  operationId,
  opened,
  onClose,
}: {
  operationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: () =>
      api<ImportResult>(`/api/operations/${encodeURIComponent(operationId)}/platforms/import`, {
        method: 'POST',
        body: text,
        contentType: 'text/csv',
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.platforms(operationId) });
      void client.invalidateQueries({ queryKey: keys.figures(operationId) });
    },
    onError: (error) => notifyError(error, 'Import failed'),
  });
  const close = () => {
    upload.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Import platforms (CSV)" size="xl">
      <Stack>
        <Text size="sm">
          Header: <code>{HEADER}</code> — lists inside a field are separated by <code>;</code>.
        </Text>
        <TextSource value={text} onChange={setText} label="CSV" accept=".csv,text/csv" placeholder={HEADER} />
        {upload.data && <ImportResultView result={upload.data} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Close
          </Button>
          <Button loading={upload.isPending} disabled={!text.trim()} onClick={() => upload.mutate()}>
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
