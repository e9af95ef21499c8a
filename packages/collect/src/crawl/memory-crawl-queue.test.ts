import { describe, expect, it } from 'vitest';
import { MemoryCrawlQueue } from './memory-crawl-queue.ts';

describe('MemoryCrawlQueue', () => {
  it('leases shallowest-then-oldest, brings back expired leases and due retries, and tells when next', async () => {
    let now = 1_000;
    const q = new MemoryCrawlQueue(() => now);
    await q.enqueue(
      'c',
      [
        { url: 'https://x.test/a', kind: 'item', depth: 1 },
        { url: 'https://x.test/b', kind: 'listing', depth: 0 },
        { url: 'https://x.test/a', kind: 'item', depth: 1 },
      ],
      100,
    );
    await q.enqueue('c', [{ url: 'https://x.test/c', kind: 'listing', depth: 0 }], 100);
    expect((await q.lease('c', 'w1', 2, 50)).map((r) => r.url)).toEqual([
      'https://x.test/b',
      'https://x.test/c',
    ]);
    const [a] = await q.lease('c', 'w1', 5, 50);
    expect(a).toMatchObject({ url: 'https://x.test/a', attempts: 1 });
    expect(await q.lease('c', 'w2', 5, 50)).toEqual([]);
    expect(await q.nextDueInMs('c')).toBe(50);

    await q.complete(1 + 1, 'w1', undefined);
    await q.retry(a!.id, 'w1', 'timeout', 30);
    await q.complete(a!.id, 'w1', undefined); // no longer w1's: ignored
    now += 60;
    // b (id 2) is done; c's lease expired, a's retry is due: both come back, shallowest first.
    const back = await q.lease('c', 'w2', 5, 50);
    expect(back.map((r) => [r.url, r.attempts])).toEqual([
      ['https://x.test/c', 2],
      ['https://x.test/a', 2],
    ]);
    for (const r of back) await q.complete(r.id, 'w2', undefined);
    expect(await q.stats('c')).toEqual({ queued: 0, leased: 0, done: 3, failed: 0 });
    expect(await q.nextDueInMs('c')).toBeUndefined();
  });

  it('leases every request of a long crawl exactly once', async () => {
    const q = new MemoryCrawlQueue();
    const n = 20_000;
    await q.enqueue(
      'big',
      Array.from({ length: n }, (_, i) => ({ url: `https://x.test/${i}`, kind: 'item' as const, depth: 1 })),
      n,
    );
    let leased = 0;
    for (;;) {
      const batch = await q.lease('big', 'w', 8, 60_000);
      if (!batch.length) break;
      for (const r of batch) await q.complete(r.id, 'w', undefined);
      leased += batch.length;
    }
    expect(leased).toBe(n);
    expect(await q.stats('big')).toMatchObject({ done: n });
  });
});
