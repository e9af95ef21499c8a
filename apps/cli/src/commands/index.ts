import type { Command } from 'commander';
import { registerAudit } from './audit.command.ts';
import { registerCluster } from './cluster.command.ts';
import { registerCrawl } from './crawl.command.ts';
import { registerDemo } from './demo.command.ts';
import { registerEvidence } from './evidence.command.ts';
import { registerImport } from './import.command.ts';
import { registerMatch } from './match.command.ts';
import { registerMigrate } from './migrate.command.ts';
import { registerScan } from './scan.command.ts';
import { registerServe } from './serve.command.ts';
import { registerSets } from './sets.command.ts';
import { registerUser } from './user.command.ts';
import { registerWorker } from './worker.command.ts';

/** Each command lives in its own `<name>.command.ts` and registers itself on the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerCrawl,
  registerImport,
  registerEvidence,
  registerCluster,
  registerServe,
  registerMigrate,
  registerSets,
  registerMatch,
  registerScan,
  registerUser,
  registerAudit,
  registerDemo,
  registerWorker,
];
