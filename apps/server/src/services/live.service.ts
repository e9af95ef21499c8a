import type { Actor } from '../auth/actor.ts';
import { authorize, mayReceiveEvent } from '../policies/access.policy.ts';
import {
  type EventRow,
  latestOperationEvents,
  operationEventsAfter,
} from '../repositories/event.repository.ts';
import type { ServiceContext } from './context.ts';
import { type PublicEvent, recordEvent, toPublicEvent } from './event.service.ts';
import { requireOperation } from './operation.service.ts';

/** May this reader open the live feed of this operation? Checked before the stream starts. */
export async function authorizeLiveFeed(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
): Promise<void> {
  authorize(actor, 'events.read');
  await requireOperation(ctx, operationId);
}

/** The events this reader may see, as sent to them. */
export function visibleEvent(actor: Actor, row: EventRow): PublicEvent | undefined {
  return mayReceiveEvent(actor, row) ? toPublicEvent(row) : undefined;
}

/** Events after `afterId` that the reader may see, in pages (a reconnecting client's backlog). */
export async function* backlog(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  afterId: number,
  upTo = Number.POSITIVE_INFINITY,
) {
  let cursor = afterId;
  for (;;) {
    const rows = await operationEventsAfter(ctx.database.db, operationId, cursor, 1000);
    for (const row of rows) {
      if (row.id > upTo) return;
      cursor = row.id;
      const event = visibleEvent(actor, row);
      yield { id: row.id, event };
    }
    if (rows.length < 1000) return;
  }
}

/** Events after `afterId`, or without it the newest `limit` events, that the reader may see. */
export async function backlogPage(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  afterId: number | undefined,
  limit: number,
) {
  await authorizeLiveFeed(ctx, actor, operationId);
  if (afterId === undefined) {
    const rows = await latestOperationEvents(ctx.database.db, operationId, limit);
    return rows.flatMap((row) => visibleEvent(actor, row) ?? []);
  }
  const events: PublicEvent[] = [];
  for await (const { event } of backlog(ctx, actor, operationId, afterId)) {
    if (event) events.push(event);
    if (events.length >= limit) break;
  }
  return events;
}

/** Someone opened or closed the command centre: tell the others. */
export async function recordPresence(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  online: boolean,
): Promise<void> {
  await ctx.database.db.transaction((tx) =>
    recordEvent(tx, actor, {
      operationId,
      type: 'presence.changed',
      payload: { userId: actor.id, name: actor.name, country: actor.country, online },
    }),
  );
  ctx.eventsCommitted();
}
