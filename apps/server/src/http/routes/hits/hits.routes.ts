import { Type } from 'typebox';
import { createLeadFromHit, listHits } from '../../../services/crosscheck-hits.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, IdParams } from '../../schemas.ts';

const HitsQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, description: 'page size (default 500)' })),
  before: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'cursor: the id of the last hit of the previous page; the next page follows it',
    }),
  ),
});

export async function hitsRoutes(app: AppInstance): Promise<void> {
  const tags = ['cross-checks'];
  const ctx = app.deps.ctx;
  app.get(
    '/api/operations/:id/hits',
    {
      schema: {
        tags,
        summary:
          'Hits of the operation: what matched what, how strongly (exact strong, fuzzy weaker, filter possible), through which set',
        params: IdParams,
        querystring: HitsQuery,
        response: { 200: AnyArray },
      },
    },
    async (request) => listHits(ctx, actorOf(request), request.params.id, request.query),
  );
  app.post(
    '/api/hits/:id/lead',
    {
      schema: {
        tags,
        summary: 'Turn a hit into a lead in one action',
        params: IdParams,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createLeadFromHit(ctx, actorOf(request), request.params.id)),
  );
}
