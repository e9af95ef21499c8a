import { Type } from 'typebox';
import { addUser, listAllUsers } from '../../../services/user.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, CountryCode } from '../../schemas.ts';

const NewUser = Type.Object({
  email: Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', maxLength: 320 }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  role: Type.String(),
  country: Type.Optional(Type.Union([CountryCode, Type.Null()])),
  password: Type.String({ minLength: 12, maxLength: 1024 }),
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
}
