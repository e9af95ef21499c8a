const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Per-host politeness inside one worker: at most `concurrency` requests in flight per host and at
 * least `minDelayMs` between the starts of two requests to it.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, { active: number; nextStart: number; waiters: (() => void)[] }>();
  constructor(
    private readonly concurrency: number,
    private readonly minDelayMs: number,
  ) {}

  async acquire(host: string): Promise<() => void> {
    let h = this.hosts.get(host);
    if (!h) {
      h = { active: 0, nextStart: 0, waiters: [] };
      this.hosts.set(host, h);
    }
    while (h.active >= this.concurrency) await new Promise<void>((r) => h!.waiters.push(r));
    h.active++;
    const wait = h.nextStart - Date.now();
    h.nextStart = Math.max(Date.now(), h.nextStart) + this.minDelayMs;
    if (wait > 0) await sleep(wait);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      h!.active--;
      h!.waiters.shift()?.();
    };
  }
}
