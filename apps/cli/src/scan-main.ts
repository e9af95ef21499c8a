import { Command } from 'commander';
import { registerScan } from './commands/scan.command.ts';

/**
 * `vigil scan` alone: the entry of the prebuilt scan bundle (see bin/scan-bundle.mjs). It registers
 * the same command as main.ts, so flags, help and errors are the same; the other commands need the
 * database and server code, which stay on the TypeScript path.
 */
const program = new Command('vigil')
  .description('Vigil: online action days against human trafficking')
  .showHelpAfterError();
registerScan(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`vigil: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
