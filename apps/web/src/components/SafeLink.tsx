import { Anchor, Text } from '@mantine/core';
import { safeHttpUrl } from '../lib/safe-url.ts';

/** A scraped URL: a link only if it is http(s), opened without referrer or opener; else plain text. */
export function SafeLink({ url, maxWidth = 420 }: { url: string | null | undefined; maxWidth?: number }) {
  if (!url)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  const href = safeHttpUrl(url);
  if (!href) {
    return (
      <Text
        span
        ff="monospace"
        size="sm"
        title="Not an http(s) address: shown as text"
        style={{ overflowWrap: 'anywhere' }}
      >
        {url}
      </Text>
    );
  }
  return (
    <Anchor
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      referrerPolicy="no-referrer"
      size="sm"
      style={{ overflowWrap: 'anywhere', maxWidth, display: 'inline-block' }}
    >
      {url}
    </Anchor>
  );
}
