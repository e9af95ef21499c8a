import type { Database } from '@vigil/db';
import { listOperations } from '../repositories/operation.repository.ts';
import { pingDatabase } from '../repositories/system.repository.ts';

export interface HealthReport {
  status: 'ok';
  version: string;
  database: { kind: Database['kind']; migration: Database['migration'] };
  uptimeSeconds: number;
}

/** Health as seen by an operator: the database answers, and at which migration it is. */
export async function checkHealth(database: Database, version: string): Promise<HealthReport> {
  await pingDatabase(database);
  return {
    status: 'ok',
    version,
    database: { kind: database.kind, migration: database.migration },
    uptimeSeconds: Math.round(process.uptime()),
  };
}

/** An install with no operation yet: the web app offers the synthetic demo. */
export async function installState(database: Database): Promise<{ empty: boolean; demoAvailable: boolean }> {
  const empty = (await listOperations(database.db)).length === 0;
  return { empty, demoAvailable: empty };
}
