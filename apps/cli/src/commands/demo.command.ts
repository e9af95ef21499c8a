import type { RegisterCommand } from './index.ts';

/** `vigil demo`: load the synthetic demo operation into an empty install. */
export const registerDemo: RegisterCommand = (program) => {
  program
    .command('demo')
    .description(
      'load a synthetic demo operation (20 countries, ~100 users, 114 platforms, items, people, leads)',
    )
    .option('--items <n>', 'number of synthetic items', '2000')
    .action(async (options: { items: string }) => {
      const { administratorActor, ensureFirstAdmin, loadDemo } = await import('@vigil/server');
      const { withDatabase } = await import('../support/with-database.ts');
      await withDatabase(async (database) => {
        const admin = await ensureFirstAdmin(
          database,
          process.env.VIGIL_ADMIN_EMAIL,
          process.env.VIGIL_ADMIN_PASSWORD,
        );
        if (admin?.generatedPassword) {
          process.stderr.write(
            `vigil: created administrator ${admin.email} with password ${admin.generatedPassword} (shown only now)\n`,
          );
        }
        const actor = await administratorActor(database);
        const started = Date.now();
        try {
          const result = await loadDemo({ database, eventsCommitted: () => undefined }, actor, {
            items: Number(options.items),
          });
          process.stdout.write(
            `loaded synthetic demo operation ${result.operationId}: ${result.platforms} platforms, ${result.items} items, ${result.users} users in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
          );
        } catch (error) {
          process.stderr.write(`vigil: ${(error as Error).message}\n`);
          process.exitCode = 1;
        }
      });
    });
};
