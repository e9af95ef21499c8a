import type { AppInstance } from '../app-instance.ts';
import { healthRoutes } from './health/health.routes.ts';
import { openapiRoutes } from './openapi/openapi.routes.ts';

/** Every route module; each registers its own paths and schemas. */
export const routes: ((app: AppInstance) => Promise<void>)[] = [healthRoutes, openapiRoutes];
