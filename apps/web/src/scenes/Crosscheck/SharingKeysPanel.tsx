import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState.tsx';
import { formatTime } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import {
  createSharingKey,
  exportSharingKey,
  revokeSharingKey,
  SHARING_KEYS_KEY,
  type SharingKey,
  useSharingKeys,
} from './sharing-api.ts';

/**
 * Keys of sharing groups, for administrators (key.manage): made and held by the server; the key
 * itself is shown only on an explicit export, once, and that export is audited.
 */
export function SharingKeysPanel() {
  const sharingKeys = useSharingKeys(true);
  const [shown, setShown] = useState<{ sharingGroup: string; keyFile: string } | null>(null);
  return (
    <Stack data-testid="sharing-keys-panel">
      <Title order={3}>Sharing keys</Title>
      <Text size="sm" c="dimmed">
        A sharing group's filters are made and read with its key. The newest unrevoked key of a group is the
        one in use; revoking a key makes filters made with it stop matching.
      </Text>
      <CreateKeyForm />
      <QueryState query={sharingKeys} label="sharing keys">
        {(list) => (
          <Table fz="sm" data-testid="sharing-keys-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Fingerprint</Table.Th>
                <Table.Th>Group</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Exported</Table.Th>
                <Table.Th>Revoked</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((key) => (
                <KeyRow key={key.id} sharingKey={key} onExported={setShown} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      {shown && <KeyFileModal shown={shown} onClose={() => setShown(null)} />}
    </Stack>
  );
}

function CreateKeyForm() {
  const client = useQueryClient();
  const [sharingGroup, setSharingGroup] = useState('');
  const [note, setNote] = useState('');
  const create = useMutation({
    mutationFn: () =>
      createSharingKey({ sharingGroup: sharingGroup.trim(), ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: (key) => {
      notifySuccess(`Key ${key.keyId} made for ${key.sharingGroup}`);
      setSharingGroup('');
      setNote('');
      void client.invalidateQueries({ queryKey: SHARING_KEYS_KEY });
    },
    onError: (error) => notifyError(error, 'Could not make the key'),
  });
  return (
    <Group align="flex-end">
      <TextInput
        label="Sharing group"
        placeholder="e.g. jit-north"
        value={sharingGroup}
        onChange={(event) => setSharingGroup(event.currentTarget.value)}
        data-testid="sharing-key-group"
      />
      <TextInput label="Note" value={note} onChange={(event) => setNote(event.currentTarget.value)} />
      <Button
        loading={create.isPending}
        disabled={!sharingGroup.trim()}
        onClick={() => create.mutate()}
        data-testid="sharing-key-create"
      >
        Make key
      </Button>
    </Group>
  );
}

function KeyRow({
  sharingKey: key,
  onExported,
}: {
  sharingKey: SharingKey;
  onExported: (shown: { sharingGroup: string; keyFile: string }) => void;
}) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => void client.invalidateQueries({ queryKey: SHARING_KEYS_KEY });
  const exported = useMutation({
    mutationFn: () => exportSharingKey(key.id),
    onSuccess: (result) => {
      onExported({ sharingGroup: result.sharingGroup, keyFile: result.keyFile });
      refresh();
    },
    onError: (error) => notifyError(error, 'Could not export the key'),
  });
  const revoke = useMutation({
    mutationFn: () => revokeSharingKey(key.id),
    onSuccess: () => {
      notifySuccess(`Key ${key.keyId} revoked`);
      setConfirming(false);
      refresh();
    },
    onError: (error) => notifyError(error, 'Could not revoke the key'),
  });
  return (
    <Table.Tr data-testid={`sharing-key-row-${key.id}`} data-revoked={key.revokedAt ? 'true' : 'false'}>
      <Table.Td>
        <Code>{key.keyId}</Code>
        {key.note && (
          <Text size="xs" c="dimmed">
            {key.note}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{key.sharingGroup}</Table.Td>
      <Table.Td>{formatTime(key.createdAt)}</Table.Td>
      <Table.Td>{key.exportedAt ? formatTime(key.exportedAt) : '—'}</Table.Td>
      <Table.Td>
        {key.revokedAt ? (
          <Badge color="gray" variant="light">
            {formatTime(key.revokedAt)}
          </Badge>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        {!key.revokedAt && (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              loading={exported.isPending}
              onClick={() => exported.mutate()}
              data-testid={`sharing-key-export-${key.id}`}
            >
              Export
            </Button>
            {confirming ? (
              <>
                <Button
                  size="xs"
                  color="red"
                  loading={revoke.isPending}
                  onClick={() => revoke.mutate()}
                  data-testid={`sharing-key-revoke-confirm-${key.id}`}
                >
                  Revoke for good
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
              </>
            ) : (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setConfirming(true)}
                data-testid={`sharing-key-revoke-${key.id}`}
              >
                Revoke
              </Button>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The exported key, shown this once: it is not kept in the page after the dialog closes. */
function KeyFileModal({
  shown,
  onClose,
}: {
  shown: { sharingGroup: string; keyFile: string };
  onClose: () => void;
}) {
  return (
    <Modal opened onClose={onClose} title={`Key file for ${shown.sharingGroup}`} size="lg">
      <Stack>
        <Alert color="red" title="Secret">
          Anyone with this key can read every filter of the group for values they guess. Send it only to the
          group's members over a protected channel; it is shown once and the export is recorded in the audit
          log.
        </Alert>
        <Code
          block
          data-testid="sharing-key-file"
          style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
        >
          {shown.keyFile}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={shown.keyFile}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                color={copied ? 'teal' : 'blue'}
                onClick={copy}
                data-testid="sharing-key-copy"
              >
                {copied ? 'Copied' : 'Copy key file'}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
