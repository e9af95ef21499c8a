import { Anchor, Badge, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BlurredImage } from '../../components/BlurredImage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SafeLink } from '../../components/SafeLink.tsx';
import { formatTime, word } from '../../lib/format.ts';
import { keyed } from '../../lib/keyed.ts';
import { useItem } from '../../lib/queries.ts';
import { navigate } from '../../lib/router.ts';
import { CreateLeadButton } from '../Leads/CreateLeadButton.tsx';
import { IndicatorList, ReasonsList, SelectorGroups } from './AnalysisPanels.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { scoreColor } from './score-color.ts';

export function ItemDetail({ id }: { id: string }) {
  const item = useItem(id);
  return (
    <Stack>
      <Anchor
        href="/items"
        size="sm"
        onClick={(event) => {
          event.preventDefault();
          navigate('/items');
        }}
      >
        ← Back to list
      </Anchor>
      <QueryState query={item} label="the item">
        {(data) => {
          const analysis = data.analysis;
          const images = Array.isArray(data.images) ? data.images : [];
          return (
            <Stack data-testid="item-detail">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Title order={2} style={{ overflowWrap: 'anywhere' }}>
                    {data.title || '(untitled item)'}
                  </Title>
                  <Group gap="xs">
                    <Badge color={scoreColor(data.score)} size="lg" data-testid="item-score">
                      score {data.score}
                    </Badge>
                    <Badge variant="light">{word(data.kind)}</Badge>
                    {data.lang && <Badge variant="outline">{data.lang}</Badge>}
                    <Text size="sm" c="dimmed">
                      captured {formatTime(data.capturedAt)} · owner {data.ownerCountry ?? '—'} ·{' '}
                      {word(data.handling)}
                    </Text>
                  </Group>
                  <SafeLink url={data.url} />
                </div>
                <CreateLeadButton
                  sourceType="item"
                  sourceId={data.id}
                  defaultTitle={data.title ?? data.snippet}
                />
              </Group>
              <Grid>
                <Grid.Col span={{ base: 12, lg: 7 }}>
                  <Paper withBorder p="md">
                    <Title order={4} mb="xs">
                      Text
                    </Title>
                    <HighlightedText
                      text={data.text}
                      title={data.title}
                      selectors={analysis?.selectors ?? []}
                      indicators={analysis?.indicators ?? []}
                    />
                  </Paper>
                  {images.length > 0 && (
                    <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md" data-testid="item-images">
                      {keyed(images, (entry) => JSON.stringify(entry) ?? 'image').map(
                        ({ key, value }, index) => (
                          <BlurredImage key={key} entry={value} index={index} />
                        ),
                      )}
                    </SimpleGrid>
                  )}
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 5 }}>
                  {analysis ? (
                    <Stack>
                      <ReasonsList reasons={analysis.reasons} score={analysis.score} />
                      <SelectorGroups selectors={analysis.selectors} />
                      <IndicatorList indicators={analysis.indicators} />
                      {analysis.kindReasons.length > 0 && (
                        <Text size="xs" c="dimmed">
                          Kind {word(analysis.kind)}: {analysis.kindReasons.join('; ')}
                        </Text>
                      )}
                    </Stack>
                  ) : (
                    <Text c="dimmed">Not analysed yet.</Text>
                  )}
                </Grid.Col>
              </Grid>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
