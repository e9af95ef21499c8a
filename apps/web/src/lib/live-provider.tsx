import { notifications } from '@mantine/notifications';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { get, query } from './api.ts';
import { compareEventIds, describeEvent, mergeEvents, parseEvent, queryKeysFor } from './live-events.ts';
import { keys } from './query-keys.ts';
import { RefreshScheduler } from './refresh-scheduler.ts';
import type { LiveEvent, Platform } from './types.ts';

export type LiveStatus = 'off' | 'connecting' | 'live' | 'reconnecting';

interface LiveState {
  status: LiveStatus;
  events: LiveEvent[];
}

const LiveContext = createContext<LiveState>({ status: 'off', events: [] });

export function useLive(): LiveState {
  return useContext(LiveContext);
}

// Servers may send named SSE events; listen for every type as well as the default 'message'.
const EVENT_TYPES = [
  'message',
  'platform.created',
  'platform.updated',
  'platform.status_changed',
  'platform.flagged',
  'claim.created',
  'claim.released',
  'alert.deconfliction',
  'item.created',
  'person.created',
  'person.updated',
  'lead.created',
  'lead.updated',
  'lead.commented',
  'operation.updated',
  'presence.changed',
];
const FLUSH_MS = 120;
const RETRY_MS = 2000;

/**
 * One event stream per operation for the whole app. The browser's EventSource resends
 * Last-Event-ID on its own retries; when the stream is closed for good (e.g. a 5xx or a restart
 * that answered with an error), we reopen it with `?lastEventId=` so the server replays the gap.
 * Duplicates are dropped by id.
 * Feed updates are batched; refetches go through a scheduler that keeps one request per query in
 * flight, so a burst of events costs one or two refetches per query, not one per event.
 */
export function LiveProvider({ operationId, children }: { operationId: string | null; children: ReactNode }) {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>({ status: 'off', events: [] });

  useEffect(() => {
    if (!operationId) {
      setState({ status: 'off', events: [] });
      return;
    }
    const connection = new LiveConnection(operationId, client, setState);
    connection.start();
    return () => connection.stop();
  }, [operationId, client]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

class LiveConnection {
  private source: EventSource | null = null;
  private lastId: string | null = null;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = 0;
  private pendingEvents: LiveEvent[] = [];
  private pendingKeys = new Map<string, readonly unknown[]>();
  // Figures are the costliest query: refresh them at most every 400 ms, everything else every 150 ms.
  private readonly refresher = new RefreshScheduler({
    refresh: (queryKey) => this.client.invalidateQueries({ queryKey }),
    minInterval: (queryKey) => (queryKey[2] === 'figures' ? 400 : 150),
  });

  constructor(
    private readonly op: string,
    private readonly client: QueryClient,
    private readonly setState: (update: (state: LiveState) => LiveState) => void,
  ) {}

  start(): void {
    this.setState(() => ({ status: 'connecting', events: [] }));
    this.open();
    void this.firstPaint();
  }

  stop(): void {
    this.stopped = true;
    this.refresher.stop();
    this.source?.close();
    if (this.retry) clearTimeout(this.retry);
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }

  private open(): void {
    // A fresh EventSource sends no Last-Event-ID header; the server takes the same cursor as a query.
    const resume = this.lastId && /^\d+$/.test(this.lastId) ? query({ lastEventId: this.lastId }) : '';
    const source = new EventSource(`/api/operations/${encodeURIComponent(this.op)}/events${resume}`);
    this.source = source;
    source.onopen = () => this.setState((s) => ({ ...s, status: 'live' }));
    source.onerror = () => {
      if (this.stopped) return;
      this.setState((s) => ({ ...s, status: 'reconnecting' }));
      if (source.readyState === EventSource.CLOSED) {
        this.retry = setTimeout(() => {
          if (this.stopped) return;
          this.open();
          // The server replays what we missed; queries may have gone stale meanwhile, so refresh them.
          // (A 401 on any of them signs the user out, which also ends this stream.)
          void this.client.invalidateQueries({ queryKey: ['op', this.op] });
        }, RETRY_MS);
      }
    };
    const onMessage = (message: MessageEvent<string>) => {
      const event = parseEvent(message.data, message.lastEventId);
      if (event) this.receive([event], true);
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, onMessage as EventListener);
  }

  /** First paint: recent events as JSON, so the feed is not empty before the next change. */
  private async firstPaint(): Promise<void> {
    const path = `/api/operations/${encodeURIComponent(this.op)}/events/backlog${query({ limit: 50 })}`;
    try {
      const backlog = await get<unknown[]>(path);
      if (this.stopped || !Array.isArray(backlog)) return;
      // Only for the feed: these do not advance the stream's cursor or invalidate fresh queries.
      this.pendingEvents.push(...backlog.flatMap((raw) => parseEvent(JSON.stringify(raw), '') ?? []));
      this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
    } catch {
      // The stream itself still works; the feed just starts empty.
    }
  }

  private receive(events: LiveEvent[], invalidate: boolean): void {
    for (const event of events) {
      if (!this.lastId || compareEventIds(event.id, this.lastId) > 0) this.lastId = event.id;
      if (invalidate) {
        for (const key of queryKeysFor(event, this.op)) this.pendingKeys.set(JSON.stringify(key), key);
        if (event.type === 'alert.deconfliction') {
          const platforms = this.client.getQueryData<Platform[]>(keys.platforms(this.op)) ?? [];
          const resolve = (type: string, key: string) =>
            type === 'platform' ? platforms.find((p) => p.id === key)?.name : undefined;
          notifications.show({
            color: 'orange',
            title: 'Deconfliction alert',
            message: describeEvent(event, resolve).replace(/^Deconfliction alert:\s*/, ''),
            autoClose: 10_000,
          });
        }
      }
    }
    this.pendingEvents.push(...events);
    // Leading edge: the first event after a quiet spell is shown at once; a burst is batched.
    const wait = Math.max(0, this.lastFlush + FLUSH_MS - Date.now());
    this.flushTimer ??= setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.flushTimer = null;
    this.lastFlush = Date.now();
    const events = this.pendingEvents;
    this.pendingEvents = [];
    const queryKeys = [...this.pendingKeys.values()];
    this.pendingKeys.clear();
    if (events.length > 0) this.setState((s) => ({ ...s, events: mergeEvents(s.events, events) }));
    for (const queryKey of queryKeys) this.refresher.touch(queryKey);
  }
}
