import type { Database } from '@vigil/db';
import { type EventRow, eventsAfter, latestEventId } from '../repositories/event.repository.ts';

export interface Subscriber {
  operationId: string;
  deliver(event: EventRow): void;
}

/**
 * One per process: hands event rows to subscribers in id order, each once. Event ids commit in
 * order (drawn under a lock held to COMMIT, see event.repository.ts), so:
 * - rows committed by this process are delivered straight away when they continue the sequence
 *   (no re-read on the latency path);
 * - a hole before them (another process's events, an id lost to a rollback, or two commits whose
 *   replies arrived out of order) is filled by reading "id > last" from the database, which after
 *   any later commit returns every earlier committed id;
 * - other processes' writes (workers, a second API) are also picked up by polling.
 */
export class EventHub {
  private position = 0;
  /** Committed here but not yet deliverable: an earlier id has not been seen yet. */
  private readonly waiting = new Map<number, EventRow>();
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly database: Database,
    private readonly pollMs = 250,
  ) {}

  async start(): Promise<void> {
    this.position = await latestEventId(this.database.db);
    this.schedule();
  }

  /** The id of the newest event delivered so far. */
  get head(): number {
    return this.position;
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** A database read is running (tests wait for it to settle). */
  get isBusy(): boolean {
    return this.running !== undefined;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Rows this process has just committed: deliver what continues the sequence, re-read the rest. */
  committed(rows: readonly EventRow[] = []): void {
    if (this.stopped) return;
    for (const row of rows) if (row.id > this.position) this.waiting.set(row.id, row);
    this.deliverWaiting();
    // A hole, or a commit that did not say what it recorded, needs the database. Events recorded in
    // a nested transaction are not in `rows` either: they come with the next hole or poll (250 ms).
    if (rows.length === 0 || this.waiting.size > 0) this.wake();
  }

  /** Read new events now. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.wake();
      this.schedule();
    }, this.pollMs);
    this.timer.unref();
  }

  private deliverWaiting(): void {
    for (let next = this.waiting.get(this.position + 1); next; next = this.waiting.get(this.position + 1)) {
      this.waiting.delete(next.id);
      this.dispatch(next);
    }
  }

  private dispatch(row: EventRow): void {
    if (row.id <= this.position) return;
    this.position = row.id;
    for (const subscriber of this.subscribers) {
      if (subscriber.operationId !== row.operationId) continue;
      try {
        subscriber.deliver(row);
      } catch {
        // One broken client must not stop delivery to the others.
      }
    }
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const rows = await eventsAfter(this.database.db, this.position, 500);
        for (const row of rows) this.dispatch(this.waiting.get(row.id) ?? row);
        for (const id of this.waiting.keys()) if (id <= this.position) this.waiting.delete(id);
        this.deliverWaiting();
        if (rows.length < 500) return;
      }
    } catch {
      // The database is briefly unavailable: the next poll retries from the same position.
    }
  }
}
