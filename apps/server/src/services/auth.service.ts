import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@vigil/db';
import { type Actor, actorFromUser } from '../auth/actor.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { transaction } from '../repositories/tx.ts';
import {
  countUsers,
  deleteSession,
  findSession,
  findUserByEmail,
  insertSession,
  insertUser,
  touchSession,
} from '../repositories/user.repository.ts';
import { appendAudit } from './audit.service.ts';
import { ServiceError } from './errors.ts';
import { perDatabase } from './ttl-cache.ts';

const SESSION_DAYS = 1;
const hashId = (id: string) => createHash('sha256').update(id).digest('hex');
const expiry = (now: Date) => new Date(now.getTime() + SESSION_DAYS * 86_400_000);

type FoundSession = NonNullable<Awaited<ReturnType<typeof findSession>>>;
/**
 * Every API request resumes its session; remembering it for a few seconds saves a database round
 * trip per request. Sign-out in this process forgets it at once; a session deleted or a user
 * deactivated by another process stays usable here for at most this long.
 */
export const SESSION_CACHE_MS = 5_000;
const sessionCache = perDatabase<Database, string, FoundSession>(SESSION_CACHE_MS);

export interface SessionGrant {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
}

/** Check a password and open a server-side session; the cookie carries only a random id. */
export async function login(database: Database, email: string, password: string): Promise<SessionGrant> {
  const user = await findUserByEmail(database.db, email.trim());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    // Only someone who knows the password learns that the account is deactivated.
    const deactivated = user && ok && !user.active;
    await transaction(database, (tx) =>
      appendAudit(tx, [
        {
          actor: user?.id ?? null,
          action: 'login_failed',
          resourceType: 'session',
          resourceId: null,
          details: deactivated ? { email, reason: 'deactivated' } : { email },
        },
      ]),
    );
    if (deactivated)
      throw new ServiceError(403, 'this account is deactivated: ask an administrator to reactivate it');
    throw new ServiceError(401, 'wrong e-mail or password');
  }
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await transaction(database, async (tx) => {
    await insertSession(tx, {
      idHash: hashId(sessionId),
      userId: user.id,
      csrfToken,
      expiresAt: expiry(new Date()),
    });
    await appendAudit(tx, [
      { actor: user.id, action: 'login', resourceType: 'session', resourceId: null, details: {} },
    ]);
  });
  return { sessionId, csrfToken, actor: actorFromUser(user) };
}

/** The session behind a cookie, sliding its expiry; undefined when unknown or expired. */
export async function resumeSession(
  database: Database,
  sessionId: string,
): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const now = new Date();
  const idHash = hashId(sessionId);
  const cache = sessionCache(database);
  let found = cache.get(idHash);
  if (found && found.session.expiresAt <= now) {
    cache.delete(idHash);
    found = undefined;
  }
  if (!found) {
    found = await findSession(database.db, idHash, now);
    if (!found) return undefined;
    cache.set(idHash, found);
  }
  // Refresh at most once a minute: every request would otherwise write.
  if (now.getTime() - found.session.lastSeenAt.getTime() > 60_000) {
    const expiresAt = expiry(now);
    found.session = { ...found.session, lastSeenAt: now, expiresAt };
    await touchSession(database.db, idHash, now, expiresAt);
  }
  return { actor: actorFromUser(found.user), csrfToken: found.session.csrfToken };
}

export async function logout(database: Database, sessionId: string): Promise<void> {
  sessionCache(database).delete(hashId(sessionId));
  await deleteSession(database.db, hashId(sessionId));
}

/**
 * Forget every cached session in this process, so a changed role or a deactivation takes effect on
 * the next request. User changes are rare; the cost is one session lookup per signed-in user.
 */
export function forgetCachedSessions(database: Database): void {
  sessionCache(database).clear();
}

export interface NewUserInput {
  email: string;
  name: string;
  role: string;
  country?: string | null;
  agencyId?: string | null;
  password: string;
}

export async function createUser(database: Database, input: NewUserInput) {
  const email = input.email.trim().toLowerCase();
  if (await findUserByEmail(database.db, email))
    throw new ServiceError(409, `a user with e-mail ${email} exists`);
  if (input.password.length < 12) throw new ServiceError(400, 'password must be at least 12 characters long');
  return insertUser(database.db, {
    email,
    name: input.name,
    role: input.role,
    country: input.country ?? null,
    agencyId: input.agencyId ?? null,
    passwordHash: await hashPassword(input.password),
  });
}

/**
 * On the first start with no users: create the administrator from the configured e-mail and
 * password, or generate a password and return it so the caller can print it once.
 */
export async function ensureFirstAdmin(
  database: Database,
  email: string | undefined,
  password: string | undefined,
): Promise<{ email: string; generatedPassword?: string } | undefined> {
  if ((await countUsers(database.db)) > 0) return undefined;
  const adminEmail = (email ?? 'admin@vigil.local').toLowerCase();
  const generated = password ? undefined : randomBytes(15).toString('base64url');
  await createUser(database, {
    email: adminEmail,
    name: 'Administrator',
    role: 'administrator',
    password: password ?? generated!,
  });
  return { email: adminEmail, ...(generated ? { generatedPassword: generated } : {}) };
}
