import { checkHealth } from '../../../services/system.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { HealthResponse } from './health.schema.ts';

/** Liveness and readiness: answers only when the database answers. */
export async function healthRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { tags: ['system'], summary: 'Health and database state', response: { 200: HealthResponse } },
    },
    async () => checkHealth(app.deps.database, app.deps.version),
  );
}
