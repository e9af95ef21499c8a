import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.ts';
import type { AppDeps } from '../http/app-instance.ts';
import { mayReceiveEvent } from '../policies/access.policy.ts';
import type { EventRow } from '../repositories/event.repository.ts';
import { toPublicEvent } from '../services/event.service.ts';
import { backlog, recordPresence } from '../services/live.service.ts';
import { FlushWindow } from './flush-window.ts';

const HEARTBEAT_MS = 15_000;
/** See FlushWindow: bounds the syscalls of the fan-out under load; adds at most this much delay. */
const flushWindow = new FlushWindow(20);

/** Each event is serialised once, however many readers receive it. */
const serialised = new WeakMap<EventRow, string>();
function frame(row: EventRow, actor: Actor): string | undefined {
  if (!mayReceiveEvent(actor, row)) return undefined;
  let text = serialised.get(row);
  if (text === undefined) {
    text = `id: ${row.id}\ndata: ${JSON.stringify(toPublicEvent(row))}\n\n`;
    serialised.set(row, text);
  }
  return text;
}

/**
 * Stream an operation's events as server-sent events. On reconnect the browser sends
 * Last-Event-ID; we replay everything after it from the database and then switch to live delivery,
 * buffering live events that arrive during the replay, so that nothing is lost or sent twice.
 */
export async function streamEvents(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: Actor,
  operationId: string,
  lastEventId: number | undefined,
): Promise<void> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 1000\n\n');
  let cursor = lastEventId ?? deps.hub.head;
  let replaying = true;
  const pending: EventRow[] = [];
  let closed = false;

  // Frames wait in `outgoing` for the shared flush window: one socket write per reader and window.
  let outgoing = '';
  const flush = () => {
    if (!closed && outgoing) raw.write(outgoing);
    outgoing = '';
  };
  const send = (row: EventRow) => {
    if (row.id <= cursor || closed) return;
    cursor = row.id;
    // Ids of events the reader may not see still advance the cursor, so resuming skips them too.
    const text = frame(row, actor);
    if (!text) return;
    if (!outgoing) flushWindow.request(flush);
    outgoing += text;
  };
  const unsubscribe = deps.hub.subscribe({
    operationId,
    deliver: (row) => (replaying ? pending.push(row) : send(row)),
  });
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const firstConnection = deps.presence.join(operationId, {
    userId: actor.id,
    name: actor.name,
    country: actor.country,
    role: actor.role,
  });

  request.raw.on('close', () => {
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    if (deps.presence.leave(operationId, actor.id))
      void recordPresence(deps.ctx, actor, operationId, false).catch(() => undefined);
  });

  try {
    if (lastEventId !== undefined) {
      for await (const { id, event } of backlog(deps.ctx, actor, operationId, lastEventId)) {
        if (closed) return;
        if (id <= cursor && id <= lastEventId) continue;
        cursor = id;
        if (event) raw.write(`id: ${id}\ndata: ${JSON.stringify(event)}\n\n`);
      }
    }
  } finally {
    replaying = false;
    for (const row of pending.splice(0)) send(row);
  }
  if (firstConnection) await recordPresence(deps.ctx, actor, operationId, true).catch(() => undefined);
}
