/**
 * Coalesces socket writes across live readers. Each reader asks to be flushed when it has frames
 * waiting; one timer flushes them all, at most once per window. When the feed is quiet the first
 * frame leaves on the next turn of the event loop; under load each reader gets one write per
 * window instead of one per event (at 200 events/s and 100 readers: 20,000 writes/s down to at
 * most 100 readers x 1000/windowMs), at the cost of at most `windowMs` of extra latency.
 */
export class FlushWindow {
  private readonly pending = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private lastRun = Number.NEGATIVE_INFINITY;

  constructor(private readonly windowMs: number) {}

  request(flush: () => void): void {
    this.pending.add(flush);
    if (this.timer) return;
    const wait = Math.max(0, this.lastRun + this.windowMs - performance.now());
    this.timer = setTimeout(() => this.run(), wait);
  }

  private run(): void {
    this.timer = undefined;
    this.lastRun = performance.now();
    const flushes = [...this.pending];
    this.pending.clear();
    for (const flush of flushes) flush();
  }
}
