import { type Database, openTestDatabase } from '@vigil/db';
import type { Role } from '@vigil/model';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../env.ts';
import { buildApp } from '../http/app.ts';
import type { AppInstance } from '../http/app-instance.ts';
import { addUser } from '../services/user.service.ts';

export const PASSWORD = 'synthetic-password-123';

export interface TestClient {
  user: { id: string; email: string; country: string | null; role: Role };
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: AppInstance;
  database: Database;
  /** Create a user and sign them in. */
  signIn(role: Role, country?: string | null, name?: string): Promise<TestClient>;
  close(): Promise<void>;
}

let counter = 0;

/** A real app on a fresh test database, with signed-in clients per role (synthetic users). */
export async function createTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, version: 'test' });
  const signIn = async (role: Role, country: string | null = 'NL', name?: string): Promise<TestClient> => {
    counter++;
    const email = `${role}.${counter}@example.test`;
    const user = await addUser(app.deps.ctx, null, {
      email,
      name: name ?? `${role} ${counter}`,
      role,
      country,
      password: PASSWORD,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email, password: PASSWORD },
    });
    if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
    const cookie = login.cookies.find((c) => c.name === 'vigil_session')!;
    const { csrfToken } = login.json() as { csrfToken: string };
    const request = (options: InjectOptions) =>
      app.inject({
        ...options,
        cookies: { vigil_session: cookie.value },
        headers: { 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
      });
    return {
      user: { id: user.id, email, country, role },
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload) =>
        request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
      patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
      delete: (url) => request({ method: 'DELETE', url }),
    };
  };
  return {
    app,
    database,
    signIn,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
