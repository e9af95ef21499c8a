import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { groupSelectors } from '../../lib/item-marks.ts';
import { keyed } from '../../lib/keyed.ts';
import type { IndicatorHit, Reason, SelectorHit } from '../../lib/types.ts';

/** Why the item scored as it did: every contribution with its points. */
export function ReasonsList({ reasons, score }: { reasons: readonly Reason[]; score: number }) {
  return (
    <Paper withBorder p="md" data-testid="reasons">
      <Title order={4} mb="xs">
        Score {score}: reasons
      </Title>
      {reasons.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing contributed to the score.
        </Text>
      ) : (
        <Table fz="sm">
          <Table.Tbody>
            {keyed(
              [...reasons].sort((a, b) => b.points - a.points),
              (r) => `${r.source}:${r.code}`,
            ).map(({ key, value: reason }) => (
              <Table.Tr key={key}>
                <Table.Td w={60} ta="right" fw={700} c={reason.points < 0 ? 'green' : undefined}>
                  {reason.points > 0 ? '+' : ''}
                  {reason.points}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{reason.label}</Text>
                  <Text size="xs" c="dimmed">
                    {reason.source} · {reason.code}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

export function SelectorGroups({ selectors }: { selectors: readonly SelectorHit[] }) {
  const groups = groupSelectors(selectors);
  return (
    <Paper withBorder p="md" data-testid="selectors">
      <Title order={4} mb="xs">
        Selectors
      </Title>
      {groups.length === 0 && (
        <Text size="sm" c="dimmed">
          None found.
        </Text>
      )}
      <Stack gap="xs">
        {groups.map((group) => (
          <div key={group.type} data-testid={`selector-group-${group.type}`}>
            <Badge variant="light" mb={4}>
              {group.type} ({group.values.length})
            </Badge>
            {group.values.map((entry) => (
              <Text key={entry.value} size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {entry.value}
                {entry.raws.length > 0 && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    written as {entry.raws.map((raw) => `“${raw}”`).join(', ')}
                  </Text>
                )}
              </Text>
            ))}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

export function IndicatorList({ indicators }: { indicators: readonly IndicatorHit[] }) {
  return (
    <Paper withBorder p="md" data-testid="indicators">
      <Title order={4} mb="xs">
        Indicators
      </Title>
      {indicators.length === 0 && (
        <Text size="sm" c="dimmed">
          None found.
        </Text>
      )}
      <Stack gap={4}>
        {keyed(indicators, (i) => `${i.id}@${i.start}`).map(({ key, value: indicator }) => (
          <Group key={key} gap="xs" wrap="nowrap">
            <Badge size="sm" color="orange" variant="light">
              {indicator.category}
            </Badge>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              “{indicator.match}”{' '}
              <Text span size="xs" c="dimmed">
                {indicator.id} · {indicator.lang} · weight {indicator.weight}
              </Text>
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
