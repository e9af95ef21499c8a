import { Type } from 'typebox';
import { loadDemo } from '../../../services/demo/demo.service.ts';
import { installState } from '../../../services/system.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyObject } from '../../schemas.ts';

export async function demoRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/bootstrap',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Whether this install is empty (the web app then offers the synthetic demo)',
        response: { 200: Type.Object({ empty: Type.Boolean(), demoAvailable: Type.Boolean() }) },
      },
    },
    async () => installState(app.deps.database),
  );
  app.post(
    '/api/demo',
    {
      schema: {
        tags: ['system'],
        summary: 'Load the synthetic demo operation (empty install only)',
        response: { 201: AnyObject },
      },
    },
    async (request, reply) => reply.code(201).send(await loadDemo(app.deps.ctx, actorOf(request))),
  );
}
