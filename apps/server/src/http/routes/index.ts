import type { AppInstance } from '../app-instance.ts';
import { claimsRoutes } from './claims/claims.routes.ts';
import { crawlsRoutes } from './crawls/crawls.routes.ts';
import { demoRoutes } from './demo/demo.routes.ts';
import { eventsRoutes } from './events/events.routes.ts';
import { evidenceRoutes } from './evidence/evidence.routes.ts';
import { figuresRoutes } from './figures/figures.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { hitsRoutes } from './hits/hits.routes.ts';
import { itemsRoutes } from './items/items.routes.ts';
import { leadsRoutes } from './leads/leads.routes.ts';
import { openapiRoutes } from './openapi/openapi.routes.ts';
import { operationsRoutes } from './operations/operations.routes.ts';
import { peopleRoutes } from './people/people.routes.ts';
import { platformsRoutes } from './platforms/platforms.routes.ts';
import { referenceSetsRoutes } from './reference-sets/reference-sets.routes.ts';
import { sessionRoutes } from './session/session.routes.ts';
import { sharingKeysRoutes } from './sharing-keys/sharing-keys.routes.ts';
import { usersRoutes } from './users/users.routes.ts';

/** Every route module; each registers its own paths and schemas. */
export const routes: ((app: AppInstance) => Promise<void>)[] = [
  healthRoutes,
  openapiRoutes,
  sessionRoutes,
  usersRoutes,
  operationsRoutes,
  platformsRoutes,
  claimsRoutes,
  itemsRoutes,
  peopleRoutes,
  leadsRoutes,
  referenceSetsRoutes,
  hitsRoutes,
  sharingKeysRoutes,
  eventsRoutes,
  figuresRoutes,
  demoRoutes,
  crawlsRoutes,
  evidenceRoutes,
];
