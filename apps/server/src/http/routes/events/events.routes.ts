import { Type } from 'typebox';
import { authorize } from '../../../policies/access.policy.ts';
import { streamEvents } from '../../../realtime/sse.ts';
import { authorizeLiveFeed, backlogPage } from '../../../services/live.service.ts';
import { requireOperation } from '../../../services/operation.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, IdParams } from '../../schemas.ts';

const StreamQuery = Type.Object({ lastEventId: Type.Optional(Type.Integer({ minimum: 0 })) });
const BacklogQuery = Type.Object({
  after: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

export async function eventsRoutes(app: AppInstance): Promise<void> {
  const tags = ['live'];
  app.get(
    '/api/operations/:id/events',
    {
      schema: {
        tags,
        summary: 'Live events (text/event-stream); resume with the Last-Event-ID header',
        params: IdParams,
        querystring: StreamQuery,
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await authorizeLiveFeed(app.deps.ctx, actor, request.params.id);
      const header = request.headers['last-event-id'];
      const fromHeader = typeof header === 'string' && /^\d+$/.test(header) ? Number(header) : undefined;
      await streamEvents(
        app.deps,
        request,
        reply,
        actor,
        request.params.id,
        fromHeader ?? request.query.lastEventId,
      );
    },
  );
  app.get(
    '/api/operations/:id/events/backlog',
    {
      schema: {
        tags,
        summary: 'Events after `after` as JSON, or the newest `limit` without it (first paint)',
        params: IdParams,
        querystring: BacklogQuery,
        response: { 200: AnyArray },
      },
    },
    async (request) =>
      backlogPage(
        app.deps.ctx,
        actorOf(request),
        request.params.id,
        request.query.after,
        request.query.limit ?? 200,
      ),
  );
  app.get(
    '/api/operations/:id/presence',
    {
      schema: {
        tags,
        summary: 'Who has the command centre open',
        params: IdParams,
        response: { 200: AnyArray },
      },
    },
    async (request) => {
      authorize(actorOf(request), 'events.read');
      await requireOperation(app.deps.ctx, request.params.id);
      return app.deps.presence.online(request.params.id);
    },
  );
}
