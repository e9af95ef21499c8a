import { timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.ts';
import { resumeSession } from '../../services/auth.service.ts';
import { ServiceError, unauthenticated } from '../../services/errors.ts';
import type { AppInstance } from '../app-instance.ts';

export const SESSION_COOKIE = 'vigil_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    sessionId?: string;
  }
  interface FastifyContextConfig {
    /** Route answers without a session (login, health, OpenAPI, bootstrap). */
    public?: boolean;
  }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Sessions and CSRF: every /api route needs a valid session cookie unless marked public, and every
 * state-changing request must carry the session's CSRF token in `x-csrf-token` (a cross-site form
 * cannot read it, and SameSite=Strict keeps the cookie off cross-site requests anyway).
 */
export async function registerAuth(app: AppInstance): Promise<void> {
  await app.register(cookie);
  // preValidation: a caller without a session gets 401 before any body validation runs.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const route = request.routeOptions.url ?? '';
    if (!route.startsWith('/api/') || request.is404 || request.routeOptions.config?.public) return;
    const sessionId = request.cookies[SESSION_COOKIE];
    const session = sessionId ? await resumeSession(app.deps.database, sessionId) : undefined;
    if (!session) throw unauthenticated();
    if (UNSAFE.has(request.method)) {
      const token = request.headers['x-csrf-token'];
      if (typeof token !== 'string' || !sameToken(token, session.csrfToken)) {
        throw new ServiceError(
          403,
          'missing or wrong CSRF token (send the x-csrf-token header from the login response)',
        );
      }
    }
    request.actor = session.actor;
    request.sessionId = sessionId;
  });
}

/** The signed-in actor of a request that passed the auth hook. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
