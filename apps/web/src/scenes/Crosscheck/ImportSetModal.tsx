import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { TextSource } from '../../components/TextSource.tsx';
import { errorMessage } from '../../lib/api.ts';
import { keys } from '../../lib/query-keys.ts';
import { importSet, importSetVersion, type ReferenceSet, type SetImportResult } from './crosscheck-api.ts';

const FORMATS = [
  { value: '', label: 'Detect from the content' },
  { value: 'csv', label: 'CSV (type,value,label,country)' },
  { value: 'json', label: 'JSON (list of {type, value})' },
  { value: 'ftm', label: 'FollowTheMoney entities (JSON lines)' },
  { value: 'misp', label: 'MISP event' },
];
const HANDLINGS = [
  'owner',
  'operation',
  'tlp:clear',
  'tlp:green',
  'tlp:amber',
  'tlp:amber+strict',
  'tlp:red',
];

/**
 * Import a set file, or (with `replacing`) a new version of a set. The server takes the whole file
 * or nothing; its refusal names the lines and fields, shown here as it comes.
 */
export function ImportSetModal({
  operationId,
  replacing,
  opened,
  onClose,
}: {
  operationId: string;
  replacing?: ReferenceSet | null;
  opened: boolean;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [format, setFormat] = useState('');
  const [handling, setHandling] = useState(replacing?.handling ?? 'owner');
  const [validUntil, setValidUntil] = useState('');
  const client = useQueryClient();
  const upload = useMutation<SetImportResult>({
    mutationFn: () => {
      const body = {
        content: text,
        handling,
        ...(format ? { format } : {}),
        ...(validUntil ? { validUntil: new Date(`${validUntil}T23:59:59Z`).toISOString() } : {}),
      };
      return replacing
        ? importSetVersion(replacing.id, body)
        : importSet(operationId, { ...body, name: name.trim() });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.referenceSets(operationId) });
      void client.invalidateQueries({ queryKey: keys.hits(operationId) });
    },
  });
  const close = () => {
    upload.reset();
    onClose();
  };
  const title = replacing ? `New version of "${replacing.name}"` : 'Import a reference set';
  return (
    <Modal opened={opened} onClose={close} title={title} size="xl">
      <Stack>
        {!replacing && (
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        )}
        <NativeSelect
          label="Format"
          data={FORMATS}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value)}
        />
        <NativeSelect
          label="Handling"
          data={HANDLINGS}
          value={handling}
          onChange={(e) => setHandling(e.currentTarget.value)}
        />
        <TextInput
          label="Valid until"
          type="date"
          value={validUntil}
          onChange={(e) => setValidUntil(e.currentTarget.value)}
        />
        <TextSource
          value={text}
          onChange={setText}
          label="Set file"
          accept=".csv,.json,.jsonl,.ndjson,.ftm,text/csv,application/json"
          placeholder={'type,value,label\nphone,+31 6 12345678,example'}
        />
        {upload.isError && (
          <Alert color="red" data-testid="set-import-error" style={{ whiteSpace: 'pre-wrap' }}>
            {errorMessage(upload.error)}
          </Alert>
        )}
        {upload.data && (
          <Alert color="green" data-testid="set-import-result">
            <Text size="sm">
              {upload.data.values} values in "{upload.data.set.name}" (version {upload.data.set.version}),{' '}
              {upload.data.duplicates} duplicates. Retro-hunt: {upload.data.retroHunt.exact} exact and{' '}
              {upload.data.retroHunt.fuzzy} fuzzy hits.
            </Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Close
          </Button>
          <Button
            loading={upload.isPending}
            disabled={!text.trim() || (!replacing && !name.trim())}
            onClick={() => upload.mutate()}
          >
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
