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

/** What routes may reach: configuration and the services, never SQL. */
export interface AppDeps {
  config: Config;
  database: Database;
  version: string;
}

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
