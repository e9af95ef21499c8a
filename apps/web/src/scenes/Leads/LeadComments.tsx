import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { post } from '../../lib/api.ts';
import { formatTime, hasPermission } from '../../lib/format.ts';
import { notifyError } from '../../lib/notify.ts';
import { keys } from '../../lib/query-keys.ts';
import { useUser } from '../../lib/session.ts';
import type { LeadDetail } from '../../lib/types.ts';

export function LeadComments({ lead }: { lead: LeadDetail }) {
  const user = useUser();
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: () =>
      post<unknown>(`/api/leads/${encodeURIComponent(lead.id)}/comments`, { body: body.trim() }),
    onSuccess: () => {
      setBody('');
      void client.invalidateQueries({ queryKey: keys.lead(lead.id) });
    },
    onError: (error) => notifyError(error, 'Could not add the comment'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };

  return (
    <Paper withBorder p="md" data-testid="lead-comments">
      <Title order={4} mb="xs">
        Comments
      </Title>
      <Stack gap="sm">
        {lead.comments.map((comment) => (
          <div key={comment.id} data-testid="lead-comment">
            <Text size="xs" c="dimmed">
              {comment.authorName} · {formatTime(comment.createdAt)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {comment.body}
            </Text>
          </div>
        ))}
        {lead.comments.length === 0 && (
          <Text size="sm" c="dimmed">
            No comments yet.
          </Text>
        )}
        {hasPermission(user, 'lead.update') && (
          <form onSubmit={submit}>
            <Stack gap="xs">
              <Textarea
                label="Comment"
                autosize
                minRows={2}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
              />
              <Button type="submit" size="xs" w="fit-content" loading={add.isPending} disabled={!body.trim()}>
                Add comment
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
