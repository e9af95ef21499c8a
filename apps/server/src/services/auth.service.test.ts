import { type Database, openTestDatabase } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, login, logout, resumeSession } from './auth.service.ts';

describe('sessions (cached for a few seconds per process)', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
    await createUser(database, {
      email: 'session.user@example.test',
      name: 'Session User',
      role: 'investigator',
      country: null,
      password: 'synthetic-password-123',
    });
  });
  afterAll(async () => database?.close());

  it('resumes a session repeatedly and forgets it at once on sign-out', async () => {
    const grant = await login(database, 'session.user@example.test', 'synthetic-password-123');
    const first = await resumeSession(database, grant.sessionId);
    const second = await resumeSession(database, grant.sessionId);
    expect(first?.actor.email).toBe('session.user@example.test');
    expect(second?.csrfToken).toBe(grant.csrfToken);
    await logout(database, grant.sessionId);
    expect(await resumeSession(database, grant.sessionId)).toBeUndefined();
  });

  it('does not resume an unknown session id', async () => {
    expect(await resumeSession(database, 'not-a-session')).toBeUndefined();
  });
});
