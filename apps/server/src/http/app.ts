import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { EventHub } from '../realtime/event-hub.ts';
import { PresenceTracker } from '../realtime/presence.ts';
import type { AppInstance, AppOptions } from './app-instance.ts';
import { registerErrorHandler } from './error-handler.ts';
import { registerAuth } from './plugins/auth.plugin.ts';
import { routes } from './routes/index.ts';
import { registerStaticWeb } from './static-web.ts';

/** Build the HTTP application around already-opened dependencies (tests build it the same way). */
export async function buildApp(options: AppOptions): Promise<AppInstance> {
  const hub = new EventHub(options.database);
  await hub.start();
  const ctx = { database: options.database, eventsCommitted: hub.committed.bind(hub) };
  const deps = { ...options, ctx, hub, presence: new PresenceTracker() };
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: false,
    // Live streams never go idle; on shutdown they are cut and clients resume with Last-Event-ID.
    forceCloseConnections: true,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('deps', deps);
  // Remember the API routes, so a test can prove that each one is documented in OpenAPI.
  const apiRoutes: { method: string; url: string; hidden: boolean }[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const hidden = Boolean((route.schema as { hide?: boolean } | undefined)?.hide);
    for (const method of methods) if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, hidden });
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline styles; styles cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vigil API',
        version: deps.version,
        description: 'Online action days against human trafficking',
      },
    },
  });
  // Raw bodies for imports (CSV, JSON lines), available to every route.
  for (const type of ['text/csv', 'application/x-ndjson', 'application/jsonl', 'text/plain']) {
    app.addContentTypeParser(
      type,
      { parseAs: 'string', bodyLimit: 50 * 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );
  }
  registerErrorHandler(app);
  // Only routes that opt in (sign-in) are rate limited.
  await app.register(rateLimit, { global: false });
  await registerAuth(app);
  app.addHook('onClose', async () => {
    await hub.stop();
  });
  for (const register of routes) await app.register(register);
  await registerStaticWeb(app, deps.config.webDir);
  return app;
}
