import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from '@vigil/db';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Config } from '../env.ts';
import type { EventHub } from '../realtime/event-hub.ts';
import type { PresenceTracker } from '../realtime/presence.ts';
import type { ServiceContext } from '../services/context.ts';

/** What routes may reach: configuration and the services, never SQL. */
export interface AppDeps {
  config: Config;
  database: Database;
  version: string;
  /** Handed to every service call. */
  ctx: ServiceContext;
  hub: EventHub;
  presence: PresenceTracker;
}

/** What the caller provides; the app adds the live parts itself. */
export type AppOptions = Pick<AppDeps, 'config' | 'database' | 'version'>;

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    apiRoutes: { method: string; url: string; hidden: boolean }[];
  }
}
