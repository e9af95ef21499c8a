export { type Config, ConfigError, loadConfig } from './env.ts';
export { buildApp } from './http/app.ts';
export { type RunningServer, StartupError, startServer } from './main/api.ts';
export * from './services/crosscheck.service.ts';
export { VERSION } from './version.ts';
