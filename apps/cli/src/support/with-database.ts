import { type Database, DatabaseStartError, openDatabase } from '@vigil/db';
import { ConfigError, loadConfig } from '@vigil/server';

/**
 * Open the configured database for one CLI command, close it after, and turn set-up errors into one
 * line. `work` also gets the data directory (where the evidence store lives).
 */
export async function withDatabase<T>(work: (database: Database, dataDir: string) => Promise<T>): Promise<T> {
  let database: Database | undefined;
  try {
    const config = loadConfig();
    database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      schemaName: config.dbSchema,
    });
    return await work(database, config.dataDir);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseStartError) {
      process.stderr.write(`vigil: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  } finally {
    await database?.close();
  }
}
