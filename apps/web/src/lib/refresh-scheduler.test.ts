import { describe, expect, it } from 'vitest';
import { RefreshScheduler } from './refresh-scheduler.ts';

/** A manual clock and timer queue, so the test controls time exactly. */
function harness(minInterval = 100) {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const calls: { key: string; at: number; resolve: () => void }[] = [];
  const scheduler = new RefreshScheduler({
    refresh: (key) =>
      new Promise<void>((resolve) => {
        calls.push({ key: String(key[0]), at: now, resolve });
      }),
    minInterval: () => minInterval,
    now: () => now,
    setTimer: (fn, ms) => {
      const timer = { at: now + ms, fn };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1);
    },
  });
  const advance = async (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.fn();
    }
    await Promise.resolve();
  };
  const settle = async (index: number) => {
    calls[index]!.resolve();
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  return { scheduler, calls, advance, settle };
}

describe('RefreshScheduler', () => {
  it('refreshes at once on the first change', () => {
    const { scheduler, calls } = harness();
    scheduler.touch(['figures']);
    expect(calls.map((c) => c.key)).toEqual(['figures']);
  });

  it('keeps one refresh in flight and runs exactly one more after a burst', async () => {
    const { scheduler, calls, advance, settle } = harness(100);
    scheduler.touch(['figures']);
    for (let i = 0; i < 50; i += 1) scheduler.touch(['figures']);
    expect(calls).toHaveLength(1);
    await advance(150);
    expect(calls).toHaveLength(1); // still in flight
    await settle(0);
    expect(calls).toHaveLength(2); // the burst after the first start is covered by one more
    await settle(1);
    await advance(1000);
    expect(calls).toHaveLength(2); // nothing changed since: no more refreshes
  });

  it('waits for the minimum interval between starts', async () => {
    const { scheduler, calls, advance, settle } = harness(100);
    scheduler.touch(['figures']);
    await settle(0);
    scheduler.touch(['figures']);
    expect(calls).toHaveLength(1);
    await advance(99);
    expect(calls).toHaveLength(1);
    await advance(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.at).toBe(100);
  });

  it('treats keys independently and stops cleanly', async () => {
    const { scheduler, calls, advance } = harness(100);
    scheduler.touch(['a']);
    scheduler.touch(['b']);
    expect(calls.map((c) => c.key)).toEqual(['a', 'b']);
    scheduler.stop();
    scheduler.touch(['c']);
    await advance(500);
    expect(calls).toHaveLength(2);
  });
});
