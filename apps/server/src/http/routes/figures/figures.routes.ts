import { operationFigures } from '../../../services/figures.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyObject, IdParams } from '../../schemas.ts';

export async function figuresRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/operations/:id/figures',
    {
      schema: {
        tags: ['figures'],
        summary: 'Key figures, live from the data, with their growth',
        params: IdParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => operationFigures(app.deps.ctx, actorOf(request), request.params.id),
  );
}
