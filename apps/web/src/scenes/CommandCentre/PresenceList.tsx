import { Badge, Group, Paper, ScrollArea, Text, Title } from '@mantine/core';
import { QueryState } from '../../components/QueryState.tsx';
import { usePresence } from '../../lib/queries.ts';

/** Who has the command centre open right now. */
export function PresenceList({ operationId }: { operationId: string }) {
  const presence = usePresence(operationId);
  return (
    <Paper withBorder p="md" data-testid="presence">
      <Title order={4} mb="xs">
        Online {presence.data ? `(${presence.data.length})` : ''}
      </Title>
      <QueryState query={presence} label="who is online">
        {(people) => (
          <ScrollArea.Autosize mah={220}>
            <Group gap={6}>
              {people.map((person) => (
                <Badge key={person.userId} variant="light" data-testid={`online-${person.userId}`}>
                  {person.name}
                  {person.country ? ` · ${person.country}` : ''}
                </Badge>
              ))}
              {people.length === 0 && (
                <Text size="sm" c="dimmed">
                  Nobody else.
                </Text>
              )}
            </Group>
          </ScrollArea.Autosize>
        )}
      </QueryState>
    </Paper>
  );
}
