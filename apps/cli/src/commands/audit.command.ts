import type { RegisterCommand } from './index.ts';

/** `vigil audit verify`: re-hash the audit chain; exit 1 on any altered or removed entry. */
export const registerAudit: RegisterCommand = (program) => {
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('re-hash the whole audit chain and report any altered or deleted entry')
    .action(async () => {
      const { verifyAudit } = await import('@vigil/server');
      const { withDatabase } = await import('../support/with-database.ts');
      await withDatabase(async (database) => {
        const result = await verifyAudit(database);
        for (const problem of result.problems)
          process.stdout.write(`entry ${problem.id}: ${problem.problem}\n`);
        process.stdout.write(
          `${result.entries} entries checked: ${result.ok ? 'chain intact' : 'CHAIN BROKEN'}\n`,
        );
        if (!result.ok) process.exitCode = 1;
      });
    });
};
