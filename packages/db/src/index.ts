export * from './database.ts';
export { DatabaseStartError } from './embedded/errors.ts';
export { ensureWritableDir, startEmbeddedDatabase } from './embedded/start-embedded.ts';
export { knownMigrations, type MigrationState } from './migrate.ts';
export * from './schema/index.ts';
export { openTestDatabase } from './testing.ts';
