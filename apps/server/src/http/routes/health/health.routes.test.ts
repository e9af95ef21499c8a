import { type Database, knownMigrations, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../env.ts';
import { buildApp } from '../../app.ts';
import type { AppInstance } from '../../app-instance.ts';

describe('GET /api/health, /api/openapi.json', () => {
  let database: Database;
  let app: AppInstance;
  beforeAll(async () => {
    database = await openTestDatabase();
    app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, version: 'test' });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('reports the database kind and migration version', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      version: 'test',
      database: { kind: database.kind, migration: { version: knownMigrations().length } },
    });
  });

  it('describes every route in the OpenAPI document, generated from the schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    const documented = document.paths as Record<string, Record<string, unknown>>;
    const visible = app.apiRoutes.filter((route) => !route.hidden);
    expect(visible.length).toBeGreaterThan(0);
    for (const route of visible) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(documented[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
  });

  it('answers unknown API paths with a JSON 404 and sets a strict content security policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
