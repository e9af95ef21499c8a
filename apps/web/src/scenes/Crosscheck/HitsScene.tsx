import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryState } from '../../components/QueryState.tsx';
import { RouteLink } from '../../components/RouteLink.tsx';
import { formatTime, hasPermission } from '../../lib/format.ts';
import { useLive } from '../../lib/live-provider.tsx';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { keys } from '../../lib/query-keys.ts';
import { detailPath } from '../../lib/route.ts';
import { useUser } from '../../lib/session.ts';
import type { Operation } from '../../lib/types.ts';
import { type Hit, hitToLead, useHits } from './crosscheck-api.ts';
import { matchedText, STRENGTH_COLOR, strengthLabel } from './hit-display.ts';
import { flattenHitPages } from './hits-paging.ts';

/**
 * Hits of the operation: what matched what, how strongly and through which set. The list is
 * refreshed by the live feed (hit.* events invalidate it), so new hits appear without reloading.
 */
export function HitsScene({ operation }: { operation: Operation }) {
  const hits = useHits(operation.id);
  const { events } = useLive();
  const liveHits = events.filter((event) => event.type === 'hit.created').length;
  return (
    <Stack>
      <Title order={2}>Hits</Title>
      <Text size="sm" c="dimmed">
        Exact hits are strong; fuzzy name and username hits are weaker; a hit on another country's filter only
        says that its owner may know the selector — confirm with them.
        {liveHits > 0 ? ` ${liveHits} hit announcement(s) arrived live.` : ''}
      </Text>
      <QueryState query={hits} label="hits">
        {(data) => {
          const list = flattenHitPages(data.pages);
          return (
            <Table.ScrollContainer minWidth={900}>
              <Table fz="sm" data-testid="hits-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Selector</Table.Th>
                    <Table.Th>Matched</Table.Th>
                    <Table.Th>Strength</Table.Th>
                    <Table.Th>Set (owner)</Table.Th>
                    <Table.Th>Found in</Table.Th>
                    <Table.Th>When</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((hit) => (
                    <HitRow key={hit.id} hit={hit} operationId={operation.id} />
                  ))}
                </Table.Tbody>
              </Table>
              {list.length === 0 && (
                <Text c="dimmed" size="sm" p="sm">
                  No hits yet. Import a reference set, or wait for items that match one.
                </Text>
              )}
              {hits.hasNextPage && (
                <Group justify="center" p="sm">
                  <Button
                    variant="light"
                    loading={hits.isFetchingNextPage}
                    onClick={() => void hits.fetchNextPage()}
                    data-testid="hits-load-more"
                  >
                    Load more hits ({list.length} shown)
                  </Button>
                </Group>
              )}
            </Table.ScrollContainer>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function HitRow({ hit, operationId }: { hit: Hit; operationId: string }) {
  const user = useUser();
  const client = useQueryClient();
  const toLead = useMutation({
    mutationFn: () => hitToLead(hit.id),
    onSuccess: () => {
      notifySuccess('Lead created from the hit');
      void client.invalidateQueries({ queryKey: keys.hits(operationId) });
      void client.invalidateQueries({ queryKey: keys.leads(operationId) });
    },
    onError: (error) => notifyError(error, 'Could not create the lead'),
  });
  const source =
    hit.source.type === 'item' || hit.source.type === 'person' ? (
      <RouteLink to={detailPath(hit.source.type === 'item' ? 'items' : 'people', hit.source.id)} size="sm">
        {hit.source.type}
      </RouteLink>
    ) : (
      hit.source.type
    );
  return (
    <Table.Tr data-testid={`hit-row-${hit.id}`} data-strength={hit.strength}>
      <Table.Td>
        <Text size="xs" c="dimmed">
          {hit.selector.type}
        </Text>
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {hit.selector.value}
        </Text>
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{matchedText(hit)}</Table.Td>
      <Table.Td>
        <Badge color={STRENGTH_COLOR[hit.strength]} variant={hit.strength === 'strong' ? 'filled' : 'light'}>
          {strengthLabel(hit)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {hit.set.name} ({hit.set.ownerCountry})
        {hit.set.versionOfHit !== hit.set.currentVersion && (
          <Text size="xs" c="dimmed">
            from version {hit.set.versionOfHit} (now {hit.set.currentVersion})
          </Text>
        )}
      </Table.Td>
      <Table.Td>{source}</Table.Td>
      <Table.Td>{formatTime(hit.createdAt)}</Table.Td>
      <Table.Td>
        {hit.leadId ? (
          <RouteLink to={detailPath('leads', hit.leadId)} size="sm">
            Lead
          </RouteLink>
        ) : (
          hasPermission(user, 'lead.create') && (
            <Button
              size="xs"
              variant="light"
              color="orange"
              loading={toLead.isPending}
              onClick={() => toLead.mutate()}
              data-testid={`hit-lead-${hit.id}`}
            >
              Create lead
            </Button>
          )
        )}
      </Table.Td>
    </Table.Tr>
  );
}
