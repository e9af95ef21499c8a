import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.ts';

describe('loadConfig', () => {
  it('has defaults that run on one laptop', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dbSchema: 'public',
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, got "70000"'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a URL: expected postgres://user@host:5432/database'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ],
    [{ VIGIL_ADMIN_PASSWORD: 'short' }, 'VIGIL_ADMIN_PASSWORD must be at least 12 characters long'],
    [{ VIGIL_DB_SCHEMA: 'x; drop' }, 'VIGIL_DB_SCHEMA must be a lower-case SQL identifier, got "x; drop"'],
  ])('rejects %o with a message that names the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(new ConfigError(message));
  });

  it('accepts a postgres URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/db' }).databaseUrl).toBe(
      'postgresql://u@h:5432/db',
    );
  });
});
