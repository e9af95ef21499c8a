export interface SeenItem {
  url: string;
  contentHash: string;
  score?: number;
  title?: string;
}

export interface SnapshotEntry {
  contentHash: string;
  removed?: boolean;
}

export interface SnapshotDiff {
  added: SeenItem[];
  changed: (SeenItem & { previousHash: string })[];
  removed: string[];
  unchanged: number;
}

/**
 * Compare what a monitoring round saw with what the last round saw, by URL and content hash.
 * Removal is only concluded from a complete round: a crawl cut short by a limit proves nothing.
 */
export function diffSnapshot(
  previous: Map<string, SnapshotEntry>,
  seen: SeenItem[],
  complete: boolean,
): SnapshotDiff {
  const diff: SnapshotDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  const current = new Map<string, SeenItem>();
  for (const item of seen) current.set(item.url, item);
  for (const item of current.values()) {
    const before = previous.get(item.url);
    if (!before || before.removed) diff.added.push(item);
    else if (before.contentHash !== item.contentHash)
      diff.changed.push({ ...item, previousHash: before.contentHash });
    else diff.unchanged++;
  }
  if (complete)
    for (const [url, entry] of previous) if (!entry.removed && !current.has(url)) diff.removed.push(url);
  return diff;
}
