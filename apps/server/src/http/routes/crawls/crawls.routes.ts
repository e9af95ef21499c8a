import { Type } from 'typebox';
import { requestPlatformCrawl } from '../../../services/crawl.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { IdParams } from '../../schemas.ts';

const CrawlBody = Type.Object({
  adapter: Type.Optional(
    Type.Object(
      {},
      {
        additionalProperties: true,
        description:
          "platform adapter (see docs/ARCHITECTURE.md); default: the last crawl's, or the generic one",
      },
    ),
  ),
  maxPages: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
});

const CrawlQueued = Type.Object({
  jobId: Type.String(),
  crawlId: Type.String(),
});

export async function crawlsRoutes(app: AppInstance): Promise<void> {
  const ctx = app.deps.ctx;
  app.post(
    '/api/platforms/:id/crawl',
    {
      schema: {
        tags: ['platforms'],
        summary: 'Queue a crawl of a platform with full evidence capture (run by `vigil worker`)',
        params: IdParams,
        body: CrawlBody,
        response: { 202: CrawlQueued },
      },
    },
    async (request, reply) => {
      const queued = await requestPlatformCrawl(ctx, actorOf(request), request.params.id, request.body ?? {});
      return reply.code(202).send(queued);
    },
  );
}
