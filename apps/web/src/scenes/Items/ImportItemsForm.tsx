import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ImportResultView } from '../../components/ImportResultView.tsx';
import { TextSource } from '../../components/TextSource.tsx';
import { api, query } from '../../lib/api.ts';
import { notifyError } from '../../lib/notify.ts';
import { usePlatforms } from '../../lib/queries.ts';
import { keys } from '../../lib/query-keys.ts';
import type { ImportResult, Operation } from '../../lib/types.ts';

// CSV goes as text/plain: the server reads the format from ?format= and (so far) only parses
// text/csv bodies on the platform import route.
const CONTENT_TYPES = { jsonl: 'application/x-ndjson', csv: 'text/plain' } as const;

/** Import captured items (JSONL, one object per line, or CSV with a header); analysed on arrival. */
export function ImportItemsForm({
  operation,
  opened,
  onClose,
}: {
  operation: Operation;
  opened: boolean;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'jsonl' | 'csv'>('jsonl');
  const [platformId, setPlatformId] = useState('');
  const platforms = usePlatforms(operation.id);
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: () =>
      api<ImportResult>(
        `/api/operations/${encodeURIComponent(operation.id)}/items/import${query({ format, platformId })}`,
        { method: 'POST', body: text, contentType: CONTENT_TYPES[format] },
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.items(operation.id) });
      void client.invalidateQueries({ queryKey: keys.figures(operation.id) });
    },
    onError: (error) => notifyError(error, 'Import failed'),
  });
  const close = () => {
    upload.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Import items" size="xl">
      <Stack>
        <Group grow>
          <NativeSelect
            label="Format"
            data={[
              { value: 'jsonl', label: 'JSONL (one JSON object per line)' },
              { value: 'csv', label: 'CSV with header' },
            ]}
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value === 'csv' ? 'csv' : 'jsonl')}
          />
          <NativeSelect
            label="Platform"
            data={[
              { value: '', label: '—' },
              ...(platforms.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
            value={platformId}
            onChange={(event) => setPlatformId(event.currentTarget.value)}
          />
        </Group>
        <Text size="sm" c="dimmed">
          Fields: text (required), title, url, capturedAt, postedAt, itemType.
        </Text>
        <TextSource
          value={text}
          onChange={setText}
          label={format === 'csv' ? 'CSV' : 'JSONL'}
          accept={format === 'csv' ? '.csv,text/csv' : '.jsonl,.ndjson,.json,application/x-ndjson'}
        />
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
