/** How many hits one request asks for; more load on demand. */
export const HITS_PAGE_SIZE = 200;

/**
 * The cursor for the page after `page`: the id of its last hit, or undefined when the page was
 * short (the server fills pages past hits the reader may not see, so short means the end).
 */
export function nextHitsCursor(page: readonly { id: string }[], pageSize: number): string | undefined {
  return page.length < pageSize ? undefined : page.at(-1)?.id;
}

/** All loaded pages as one list; a hit seen twice (a new hit shifted the pages) is kept once. */
export function flattenHitPages<T extends { id: string }>(pages: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const list: T[] = [];
  for (const hit of pages.flat()) {
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    list.push(hit);
  }
  return list;
}
