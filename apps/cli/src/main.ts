import { Command } from 'commander';
import { commands } from './commands/index.ts';

/** The `vigil` command: one entry point for the server, the worker and offline analysis. */
const program = new Command('vigil')
  .description('Vigil: online action days against human trafficking')
  .showHelpAfterError();

for (const register of commands) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`vigil: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
