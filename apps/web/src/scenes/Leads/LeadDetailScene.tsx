import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryState } from '../../components/QueryState.tsx';
import { patch } from '../../lib/api.ts';
import { formatTime, hasPermission, word } from '../../lib/format.ts';
import { nextLeadStatuses } from '../../lib/lead-flow.ts';
import { isConflict, notifyConflict, notifyError } from '../../lib/notify.ts';
import { useLead } from '../../lib/queries.ts';
import { keys } from '../../lib/query-keys.ts';
import { detailPath } from '../../lib/route.ts';
import { navigate } from '../../lib/router.ts';
import { useUser } from '../../lib/session.ts';
import { members } from '../../lib/teams.ts';
import type { LeadDetail, Operation } from '../../lib/types.ts';
import { LeadComments } from './LeadComments.tsx';
import { STATUS_COLOR } from './LeadsScene.tsx';

export function LeadDetailScene({ id, operation }: { id: string; operation: Operation | null }) {
  const lead = useLead(id);
  return (
    <Stack>
      <Anchor
        href="/leads"
        size="sm"
        onClick={(event) => {
          event.preventDefault();
          navigate('/leads');
        }}
      >
        ← Back to list
      </Anchor>
      <QueryState query={lead} label="the lead">
        {(data) => <LeadView lead={data} operation={operation} />}
      </QueryState>
    </Stack>
  );
}

function LeadView({ lead, operation }: { lead: LeadDetail; operation: Operation | null }) {
  const user = useUser();
  const client = useQueryClient();
  const mayUpdate = hasPermission(user, 'lead.update');
  const update = useMutation({
    mutationFn: (values: { status?: string; assigneeId?: string | null }) =>
      patch<LeadDetail>(`/api/leads/${encodeURIComponent(lead.id)}`, { version: lead.version, ...values }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.lead(lead.id) });
      if (operation) void client.invalidateQueries({ queryKey: keys.leads(operation.id) });
    },
    onError: (error) => {
      if (isConflict(error)) notifyConflict();
      else notifyError(error, 'Could not update the lead');
      void client.invalidateQueries({ queryKey: keys.lead(lead.id) });
    },
  });
  const source =
    lead.sourceType === 'item'
      ? detailPath('items', lead.sourceId)
      : lead.sourceType === 'person'
        ? detailPath('people', lead.sourceId)
        : null;

  return (
    <Stack data-testid="lead-detail">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{lead.title}</Title>
          <Group gap="xs">
            <Badge color={STATUS_COLOR[lead.status] ?? 'gray'} data-testid="lead-status">
              {word(lead.status)}
            </Badge>
            <Text size="sm" c="dimmed">
              created {formatTime(lead.createdAt)} · owner {lead.ownerCountry ?? '—'} · {word(lead.handling)}
            </Text>
          </Group>
        </div>
        {mayUpdate && (
          <Group gap="xs">
            {nextLeadStatuses(lead.status).map((status) => (
              <Button
                key={status}
                variant={status === 'closed' ? 'default' : 'filled'}
                loading={update.isPending && update.variables?.status === status}
                onClick={() => update.mutate({ status })}
              >
                {status === 'closed' ? 'Close lead' : `Move to ${word(status).toLowerCase()}`}
              </Button>
            ))}
          </Group>
        )}
      </Group>
      <Paper withBorder p="md">
        <Stack gap="xs">
          {lead.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{lead.summary}</Text>}
          <Text size="sm">
            Source: {lead.sourceType}{' '}
            {source ? (
              <Anchor
                href={source}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(source);
                }}
              >
                open
              </Anchor>
            ) : (
              <Text span ff="monospace">
                {lead.sourceId}
              </Text>
            )}
          </Text>
          {mayUpdate && operation ? (
            <NativeSelect
              label="Assignee"
              w={280}
              data={[
                { value: '', label: '—' },
                ...members(operation).map((m) => ({ value: m.id, label: m.name })),
              ]}
              value={lead.assigneeId ?? ''}
              disabled={update.isPending}
              onChange={(event) => update.mutate({ assigneeId: event.currentTarget.value || null })}
            />
          ) : (
            <Text size="sm">Assignee: {lead.assigneeName ?? '—'}</Text>
          )}
        </Stack>
      </Paper>
      <LeadComments lead={lead} />
    </Stack>
  );
}
