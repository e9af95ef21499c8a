import type { Database } from '@vigil/db';
import { type EventRow, eventsAfter, latestEventId } from '../repositories/event.repository.ts';

export interface Subscriber {
  operationId: string;
  deliver(event: EventRow): void;
}

/**
 * One per process: reads new event rows in id order and hands them to subscribers. Writers in this
 * process wake it at once after commit; other processes' writes (workers, a second API) are picked
 * up by polling. Event ids commit in order (see event.repository.ts), so reading "id > last" loses
 * nothing.
 */
export class EventHub {
  private position = 0;
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

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Read new events now (called after a local commit). */
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

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const rows = await eventsAfter(this.database.db, this.position, 500);
        for (const row of rows) {
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
        if (rows.length < 500) return;
      }
    } catch {
      // The database is briefly unavailable: the next poll retries from the same position.
    }
  }
}
