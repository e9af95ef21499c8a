import type { Actor } from '../../../auth/actor.ts';
import { login, logout, resumeSession } from '../../../services/auth.service.ts';
import { unauthenticated } from '../../../services/errors.ts';
import type { AppInstance } from '../../app-instance.ts';
import { SESSION_COOKIE } from '../../plugins/auth.plugin.ts';
import { LoginBody, SessionResponse } from './session.schema.ts';

const present = (actor: Actor) => ({
  id: actor.id,
  email: actor.email,
  name: actor.name,
  role: actor.role,
  country: actor.country,
  agencyId: actor.agencyId,
  permissions: [...actor.permissions],
});

export async function sessionRoutes(app: AppInstance): Promise<void> {
  app.post(
    '/api/session',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['session'], summary: 'Sign in', body: LoginBody, response: { 200: SessionResponse } },
    },
    async (request, reply) => {
      const grant = await login(app.deps.database, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, grant.sessionId, {
        httpOnly: true,
        sameSite: 'strict',
        secure: app.deps.config.secureCookies,
        path: '/',
        maxAge: 86_400,
      });
      return { user: present(grant.actor), csrfToken: grant.csrfToken };
    },
  );

  app.get(
    '/api/session',
    {
      config: { public: true },
      schema: { tags: ['session'], summary: 'The current session', response: { 200: SessionResponse } },
    },
    async (request) => {
      const sessionId = request.cookies[SESSION_COOKIE];
      const session = sessionId ? await resumeSession(app.deps.database, sessionId) : undefined;
      if (!session) throw unauthenticated();
      return { user: present(session.actor), csrfToken: session.csrfToken };
    },
  );

  app.delete(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Sign out' } },
    async (request, reply) => {
      if (request.sessionId) await logout(app.deps.database, request.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { signedOut: true };
    },
  );
}
