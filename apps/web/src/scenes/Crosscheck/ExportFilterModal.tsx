import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { keys } from '../../lib/query-keys.ts';
import type { ReferenceSet } from './crosscheck-api.ts';
import { base64ToBytes, filterExportBody, filterFileName, usableGroups } from './filter-export.ts';
import { exportSetFilter, useSharingKeys } from './sharing-api.ts';

/** Hand a file to the browser as a download (the filter is binary; nothing is kept in the page). */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Share the owner's set with a sharing group as a keyed filter: the server makes it under the
 * group's key from its key store; the file is downloaded here and can be sent to the group.
 */
export function ExportFilterModal({
  set,
  operationId,
  onClose,
}: {
  set: ReferenceSet;
  operationId: string;
  onClose: () => void;
}) {
  const sharingKeys = useSharingKeys(true);
  const groups = usableGroups(sharingKeys.data ?? []);
  const [form, setForm] = useState({
    sharingGroup: '',
    expiresInDays: 90 as number | string,
    fpRate: '',
    contact: '',
  });
  const client = useQueryClient();
  const body = filterExportBody(form);
  const exported = useMutation({
    mutationFn: async () => {
      if ('error' in body) throw new Error(body.error);
      const result = await exportSetFilter(set.id, operationId, body);
      download(base64ToBytes(result.file), filterFileName(result.header));
      return result.header;
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.referenceSets(operationId) }),
  });
  return (
    <Modal opened onClose={onClose} title={`Export "${set.name}" as a keyed filter`} size="lg">
      <Stack>
        <Text size="sm">
          The filter holds no readable values; members of the group who hold its key can only test whether a
          selector may be in it, and then ask {set.ownerCountry}.
        </Text>
        <Select
          label="Sharing group"
          placeholder={groups.length ? 'Choose a group' : 'No group has a key yet'}
          data={groups}
          value={form.sharingGroup || null}
          onChange={(value) => setForm({ ...form, sharingGroup: value ?? '' })}
          data-testid="filter-export-group"
        />
        {sharingKeys.isSuccess && groups.length === 0 && (
          <Alert color="yellow">
            No sharing group has a usable key. An administrator makes one under Sharing keys.
          </Alert>
        )}
        <NumberInput
          label="Valid for (days)"
          min={1}
          max={3650}
          value={form.expiresInDays}
          onChange={(value) => setForm({ ...form, expiresInDays: value })}
          data-testid="filter-export-days"
        />
        <TextInput
          label="False-positive rate"
          description="Empty for the default (1e-6); lower makes a larger file"
          placeholder="1e-6"
          value={form.fpRate}
          onChange={(event) => setForm({ ...form, fpRate: event.currentTarget.value })}
        />
        <TextInput
          label="Contact for hits"
          placeholder="e.g. a functional mailbox"
          value={form.contact}
          onChange={(event) => setForm({ ...form, contact: event.currentTarget.value })}
        />
        {'error' in body && form.sharingGroup && (
          <Text size="sm" c="red">
            {body.error}
          </Text>
        )}
        {exported.isError && (
          <Alert color="red" data-testid="filter-export-error">
            {errorMessage(exported.error)}
          </Alert>
        )}
        {exported.data && (
          <Alert color="green" data-testid="filter-export-result">
            Downloaded {filterFileName(exported.data)}: {exported.data.n.toLocaleString()} values, version{' '}
            {exported.data.filterVersion}, key {exported.data.keyId}, valid until{' '}
            {new Date(exported.data.expiresAt).toLocaleDateString()}; stated false-positive rate{' '}
            <span data-testid="filter-export-fp-rate">{exported.data.fpRate.toExponential(1)}</span>.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button
            loading={exported.isPending}
            disabled={'error' in body}
            onClick={() => exported.mutate()}
            data-testid="filter-export-submit"
          >
            Export and download
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
