/**
 * Refetch each query key at most once at a time, and at most every `minInterval` ms, always
 * ending with a refetch that started after the last change. At 200 events/s a naive
 * invalidate-per-event would cancel and restart the same request forever (and multiply the
 * server's load by the number of open command centres); this keeps one in flight plus one pending.
 */
export interface SchedulerOptions {
  refresh: (key: readonly unknown[]) => Promise<unknown>;
  minInterval: (key: readonly unknown[]) => number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

interface KeyState {
  key: readonly unknown[];
  running: boolean;
  dirty: boolean;
  lastStart: number;
  timer: unknown;
}

export class RefreshScheduler {
  private readonly states = new Map<string, KeyState>();
  private stopped = false;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: SchedulerOptions) {
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** A change touched this key: make sure a refetch starts after now. */
  touch(key: readonly unknown[]): void {
    if (this.stopped) return;
    const id = JSON.stringify(key);
    let state = this.states.get(id);
    if (!state) {
      state = { key, running: false, dirty: false, lastStart: Number.NEGATIVE_INFINITY, timer: null };
      this.states.set(id, state);
    }
    state.dirty = true;
    this.pump(state);
  }

  stop(): void {
    this.stopped = true;
    for (const state of this.states.values()) if (state.timer !== null) this.clearTimer(state.timer);
  }

  private pump(state: KeyState): void {
    if (!state.dirty || state.running || state.timer !== null || this.stopped) return;
    const wait = state.lastStart + this.options.minInterval(state.key) - this.now();
    if (wait > 0) {
      state.timer = this.setTimer(() => {
        state.timer = null;
        this.pump(state);
      }, wait);
      return;
    }
    state.dirty = false;
    state.running = true;
    state.lastStart = this.now();
    this.options
      .refresh(state.key)
      .catch(() => undefined)
      .finally(() => {
        state.running = false;
        this.pump(state);
      });
  }
}
