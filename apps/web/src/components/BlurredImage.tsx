import { Box, Button, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { sameOriginImagePath } from '../lib/safe-url.ts';

/** Extract a displayable path from an item image entry, whatever shape the server uses. */
export function imageSource(entry: unknown): { path: string | null; label: string } {
  if (typeof entry === 'string') return { path: sameOriginImagePath(entry), label: entry };
  if (entry && typeof entry === 'object') {
    const record = entry as Record<string, unknown>;
    const candidate = [record.path, record.src, record.url].find((value) => typeof value === 'string') as
      | string
      | undefined;
    const label = String(record.sha256 ?? record.hash ?? candidate ?? 'image');
    return { path: sameOriginImagePath(candidate), label };
  }
  return { path: null, label: 'image' };
}

/** Analyst protection: every image is blurred until the analyst reveals that one image. */
export function BlurredImage({ entry, index }: { entry: unknown; index: number }) {
  const [revealed, setRevealed] = useState(false);
  const { path, label } = imageSource(entry);
  if (!path) {
    return (
      <Paper withBorder p="xs" data-testid={`image-${index}`}>
        <Text size="xs" c="dimmed">
          Remote image not loaded (only evidence stored by Vigil is shown):
        </Text>
        <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {label}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="xs" data-testid={`image-${index}`}>
      <Box style={{ overflow: 'hidden', maxWidth: 320 }}>
        <img
          src={path}
          alt={`Captured evidence ${index + 1}`}
          referrerPolicy="no-referrer"
          className={revealed ? undefined : 'vigil-blurred'}
          data-revealed={revealed}
          style={{ maxWidth: '100%', display: 'block' }}
        />
      </Box>
      <Button size="xs" variant="subtle" mt={4} onClick={() => setRevealed((value) => !value)}>
        {revealed ? 'Blur image' : 'Reveal image'}
      </Button>
    </Paper>
  );
}
