import { resolve } from 'node:path';

/** Configuration, validated at start: a wrong value stops Vigil with one line that says what to fix. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** PostgreSQL schema for Vigil's tables (default public); lets several Vigils share one server. */
  dbSchema: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** First administrator, created on the first start with an empty database. */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Serve the built web app from this directory (default apps/web/dist). */
  webDir: string;
  /** Mark session cookies Secure (set when served over HTTPS behind a proxy). */
  secureCookies: boolean;
}

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEFAULT_WEB_DIR = new URL('../../web/dist', import.meta.url).pathname;

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parseDatabaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL is not a URL: expected postgres://user@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres://, got ${url.protocol}//`);
  }
  return value;
}

function parseSchema(value: string | undefined): string {
  if (!value) return 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) {
    throw new ConfigError(`VIGIL_DB_SCHEMA must be a lower-case SQL identifier, got "${value}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const adminEmail = env.VIGIL_ADMIN_EMAIL || undefined;
  if (adminEmail && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) {
    throw new ConfigError(`VIGIL_ADMIN_EMAIL is not an e-mail address: "${adminEmail}"`);
  }
  const adminPassword = env.VIGIL_ADMIN_PASSWORD || undefined;
  if (adminPassword && adminPassword.length < 12) {
    throw new ConfigError('VIGIL_ADMIN_PASSWORD must be at least 12 characters long');
  }
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    dataDir: resolve(env.VIGIL_DATA_DIR || './data'),
    dbSchema: parseSchema(env.VIGIL_DB_SCHEMA),
    logLevel,
    adminEmail,
    adminPassword,
    webDir: resolve(env.VIGIL_WEB_DIR || DEFAULT_WEB_DIR),
    secureCookies: env.VIGIL_SECURE_COOKIES === 'true',
  };
}
