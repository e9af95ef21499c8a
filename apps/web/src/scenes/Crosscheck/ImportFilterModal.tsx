import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { keys } from '../../lib/query-keys.ts';
import { importFilter } from './crosscheck-api.ts';
import { bytesToBase64 } from './hit-display.ts';

/** Import another country's keyed filter (.vgf); the server verifies it with its sharing-group key. */
export function ImportFilterModal({
  operationId,
  opened,
  onClose,
}: {
  operationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: async () =>
      importFilter(operationId, bytesToBase64(new Uint8Array(await file!.arrayBuffer()))),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.referenceSets(operationId) });
      void client.invalidateQueries({ queryKey: keys.hits(operationId) });
    },
  });
  const close = () => {
    upload.reset();
    setFile(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Import a keyed filter" size="lg">
      <Stack>
        <Text size="sm">
          A filter holds no readable values. Hits against it only say that its owner may know the selector.
        </Text>
        <FileInput
          label="Filter file"
          placeholder="Choose a file"
          value={file}
          onChange={setFile}
          clearable
        />
        {upload.isError && (
          <Alert color="red" data-testid="filter-import-error">
            {errorMessage(upload.error)}
          </Alert>
        )}
        {upload.data && (
          <Alert color="green" data-testid="filter-import-result">
            {upload.data.replaced ? 'Replaced by a newer version: ' : 'Imported: '}
            {upload.data.set.name} ({upload.data.set.ownerCountry}), version {upload.data.set.version}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Close
          </Button>
          <Button loading={upload.isPending} disabled={!file} onClick={() => upload.mutate()}>
            Import filter
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
