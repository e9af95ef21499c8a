import { Type } from 'typebox';
import {
  addAgency,
  addUser,
  changeUser,
  deactivateUser,
  listAllAgencies,
  listAllUsers,
  listUserDirectory,
  reactivateUser,
} from '../../../services/user.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, CountryCode, IdParams } from '../../schemas.ts';

const NewUser = Type.Object({
  email: Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', maxLength: 320 }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  role: Type.String(),
  country: Type.Optional(Type.Union([CountryCode, Type.Null()])),
  agencyId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  password: Type.String({ minLength: 12, maxLength: 1024 }),
});

const UserPatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  role: Type.Optional(Type.String()),
  country: Type.Optional(Type.Union([CountryCode, Type.Null()])),
  agencyId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
});

const NewAgency = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  country: Type.Optional(Type.Union([CountryCode, Type.Null()])),
});

export async function usersRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/users',
    { schema: { tags: ['users'], summary: 'All users', response: { 200: AnyArray } } },
    async (request) => listAllUsers(app.deps.ctx, actorOf(request)),
  );
  app.post(
    '/api/users',
    { schema: { tags: ['users'], summary: 'Add a user', body: NewUser, response: { 201: AnyObject } } },
    async (request, reply) =>
      reply.code(201).send(await addUser(app.deps.ctx, actorOf(request), request.body)),
  );
  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: "Change a user's name, role, country or agency",
        params: IdParams,
        body: UserPatch,
        response: { 200: AnyObject },
      },
    },
    async (request) => changeUser(app.deps.ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/users/:id/deactivate',
    {
      schema: {
        tags: ['users'],
        summary: 'Deactivate a user: no sign-in, and their sessions end at once',
        params: IdParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => deactivateUser(app.deps.ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/users/:id/reactivate',
    {
      schema: {
        tags: ['users'],
        summary: 'Reactivate a user',
        params: IdParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => reactivateUser(app.deps.ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/api/users/directory',
    {
      schema: {
        tags: ['users'],
        summary: 'Active users by name (id, name, country, role) for picking team members',
        response: { 200: AnyArray },
      },
    },
    async (request) => listUserDirectory(app.deps.ctx, actorOf(request)),
  );
  app.get(
    '/api/agencies',
    { schema: { tags: ['users'], summary: 'All agencies', response: { 200: AnyArray } } },
    async (request) => listAllAgencies(app.deps.ctx, actorOf(request)),
  );
  app.post(
    '/api/agencies',
    { schema: { tags: ['users'], summary: 'Add an agency', body: NewAgency, response: { 201: AnyObject } } },
    async (request, reply) =>
      reply.code(201).send(await addAgency(app.deps.ctx, actorOf(request), request.body)),
  );
}
