import { Type } from 'typebox';
import {
  commentOnLead,
  createLead,
  getLead,
  listOperationLeads,
  updateLead,
} from '../../../services/lead.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, CountryCode, Handling, IdParams, Version } from '../../schemas.ts';

const LeadBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 500 }),
  summary: Type.Optional(Type.String({ maxLength: 20_000 })),
  sourceType: Type.String({ description: 'item | person | selector | hit' }),
  sourceId: Type.String({ minLength: 1, maxLength: 500 }),
  assigneeId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  ownerCountry: Type.Optional(CountryCode),
  handling: Type.Optional(Handling),
  sharedWith: Type.Optional(Type.Array(CountryCode, { maxItems: 60 })),
});
const LeadPatch = Type.Object({
  version: Version,
  status: Type.Optional(Type.String({ description: 'new | in_progress | referred | closed' })),
  assigneeId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  summary: Type.Optional(Type.String({ maxLength: 20_000 })),
});
const CommentBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: 20_000 }) });

export async function leadsRoutes(app: AppInstance): Promise<void> {
  const tags = ['leads'];
  const ctx = app.deps.ctx;
  app.get(
    '/api/operations/:id/leads',
    { schema: { tags, summary: 'Leads the reader may see', params: IdParams, response: { 200: AnyArray } } },
    async (request) => listOperationLeads(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/operations/:id/leads',
    {
      schema: {
        tags,
        summary: 'Create a lead from an item, person, selector or hit',
        params: IdParams,
        body: LeadBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createLead(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/leads/:id',
    { schema: { tags, summary: 'A lead with its comments', params: IdParams, response: { 200: AnyObject } } },
    async (request) => getLead(ctx, actorOf(request), request.params.id),
  );
  app.patch(
    '/api/leads/:id',
    {
      schema: {
        tags,
        summary: 'Move, assign or edit a lead',
        params: IdParams,
        body: LeadPatch,
        response: { 200: AnyObject },
      },
    },
    async (request) => updateLead(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a lead',
        params: IdParams,
        body: CommentBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await commentOnLead(ctx, actorOf(request), request.params.id, request.body.body)),
  );
}
