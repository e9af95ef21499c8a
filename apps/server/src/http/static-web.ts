import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { AppInstance } from './app-instance.ts';

/**
 * Serve the built single-page app; unknown non-API paths get index.html so client routes work.
 * Wildcard serving looks files up per request, so a rebuilt app is served without a restart.
 */
export async function registerStaticWeb(app: AppInstance, webDir: string): Promise<void> {
  if (!existsSync(join(webDir, 'index.html'))) {
    app.log.warn({ webDir }, 'web app not built: run `npm run build` to serve the command centre');
    return;
  }
  await app.register(fastifyStatic, { root: webDir, index: ['index.html'], wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({
      statusCode: 404,
      error: 'Not Found',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
    });
  });
}
