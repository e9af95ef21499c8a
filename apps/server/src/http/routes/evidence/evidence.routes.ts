import { Type } from 'typebox';
import { exportItemEvidence, itemEvidence } from '../../../services/evidence.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray } from '../../schemas.ts';

const ItemParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const ObjectParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
});

export async function evidenceRoutes(app: AppInstance): Promise<void> {
  const ctx = app.deps.ctx;
  const tags = ['evidence'];
  app.get(
    '/api/items/:id/evidence',
    {
      schema: {
        tags,
        summary:
          "An item's evidence records (WARC capture, images) with their chain of custody; logged as access",
        params: ItemParams,
        response: { 200: AnyArray },
      },
    },
    async (request) => itemEvidence(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/api/items/:id/evidence/:sha256',
    {
      schema: {
        tags,
        summary: 'Download one evidence object of an item, re-hashed before sending; logged as export',
        params: ObjectParams,
      },
    },
    async (request, reply) => {
      const { record, body } = await exportItemEvidence(
        ctx,
        actorOf(request),
        request.params.id,
        request.params.sha256,
        app.deps.config.dataDir,
      );
      const extension = record.kind === 'warc' ? 'warc.gz' : 'bin';
      return reply
        .header('content-type', record.mediaType)
        .header('content-disposition', `attachment; filename="${record.sha256}.${extension}"`)
        .header('x-vigil-sha256', record.sha256)
        .send(body);
    },
  );
}
