import type { RegisterCommand } from './index.ts';

/** `vigil migrate`: bring the database schema up to date, then exit. */
export const registerMigrate: RegisterCommand = (program) => {
  program
    .command('migrate')
    .description('apply database migrations (embedded database unless DATABASE_URL is set)')
    .action(async () => {
      const { DatabaseStartError, openDatabase } = await import('@vigil/db');
      const { ConfigError, loadConfig } = await import('@vigil/server');
      try {
        const config = loadConfig();
        const database = await openDatabase({
          databaseUrl: config.databaseUrl,
          dataDir: config.dataDir,
          schemaName: config.dbSchema,
        });
        process.stdout.write(
          `${database.kind} database at migration ${database.migration.version} (${database.migration.tag})\n`,
        );
        await database.close();
      } catch (error) {
        if (error instanceof ConfigError || error instanceof DatabaseStartError) {
          process.stderr.write(`vigil: ${error.message}\n`);
          process.exit(1);
        }
        throw error;
      }
    });
};
