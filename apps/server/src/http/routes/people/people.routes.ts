import { Type } from 'typebox';
import {
  createPerson,
  getPerson,
  listOperationPeople,
  updatePerson,
} from '../../../services/person.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, CountryCode, Handling, IdParams, Version } from '../../schemas.ts';

const fields = {
  name: Type.Optional(Type.String({ maxLength: 500 })),
  username: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  platformId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  nationality: Type.Optional(Type.Union([CountryCode, Type.Null()])),
  focusGroup: Type.Optional(Type.Boolean()),
  linkedToExploitation: Type.Optional(Type.Boolean()),
  safeguardingStatus: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  notes: Type.Optional(Type.String({ maxLength: 20_000 })),
  ownerCountry: Type.Optional(CountryCode),
  handling: Type.Optional(Handling),
  sharedWith: Type.Optional(Type.Array(CountryCode, { maxItems: 60 })),
};

const PersonBody = Type.Object({
  role: Type.String({ description: 'suspect | victim | username' }),
  ...fields,
  itemIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 500 })),
  selectors: Type.Optional(
    Type.Array(Type.Object({ type: Type.String(), value: Type.String({ maxLength: 500 }) }), {
      maxItems: 500,
    }),
  ),
});
const PersonPatch = Type.Object({ version: Version, ...fields });
const PeopleQuery = Type.Object({ role: Type.Optional(Type.String()) });

export async function peopleRoutes(app: AppInstance): Promise<void> {
  const tags = ['people'];
  const ctx = app.deps.ctx;
  app.get(
    '/api/operations/:id/people',
    {
      schema: {
        tags,
        summary: 'Suspects, possible victims (restricted) and usernames',
        params: IdParams,
        querystring: PeopleQuery,
        response: { 200: AnyArray },
      },
    },
    async (request) => listOperationPeople(ctx, actorOf(request), request.params.id, request.query.role),
  );
  app.post(
    '/api/operations/:id/people',
    {
      schema: {
        tags,
        summary: 'Record a suspect, possible victim or username',
        params: IdParams,
        body: PersonBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPerson(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/people/:id',
    { schema: { tags, summary: 'One person', params: IdParams, response: { 200: AnyObject } } },
    async (request) => getPerson(ctx, actorOf(request), request.params.id),
  );
  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Change a person',
        params: IdParams,
        body: PersonPatch,
        response: { 200: AnyObject },
      },
    },
    async (request) => updatePerson(ctx, actorOf(request), request.params.id, request.body),
  );
}
