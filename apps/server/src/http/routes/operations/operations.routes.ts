import {
  addMember,
  createOperation,
  createTeam,
  getOperation,
  listAllOperations,
  removeMember,
  updateOperationDetails,
} from '../../../services/operation.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, IdParams } from '../../schemas.ts';
import { MemberBody, MemberParams, OperationBody, OperationPatch, TeamBody } from './operations.schema.ts';

export async function operationsRoutes(app: AppInstance): Promise<void> {
  const tags = ['operations'];
  app.get(
    '/api/operations',
    { schema: { tags, summary: 'All operations', response: { 200: AnyArray } } },
    async (request) => listAllOperations(app.deps.ctx, actorOf(request)),
  );
  app.post(
    '/api/operations',
    { schema: { tags, summary: 'Create an operation', body: OperationBody, response: { 201: AnyObject } } },
    async (request, reply) =>
      reply.code(201).send(await createOperation(app.deps.ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/operations/:id',
    {
      schema: {
        tags,
        summary: 'An operation with its teams',
        params: IdParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => getOperation(app.deps.ctx, actorOf(request), request.params.id),
  );
  app.patch(
    '/api/operations/:id',
    {
      schema: {
        tags,
        summary: 'Change an operation',
        params: IdParams,
        body: OperationPatch,
        response: { 200: AnyObject },
      },
    },
    async (request) =>
      updateOperationDetails(app.deps.ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/operations/:id/teams',
    {
      schema: { tags, summary: 'Add a team', params: IdParams, body: TeamBody, response: { 201: AnyObject } },
    },
    async (request, reply) =>
      reply.code(201).send(await createTeam(app.deps.ctx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/teams/:id/members',
    {
      schema: {
        tags,
        summary: 'Add a member to a team',
        params: IdParams,
        body: MemberBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addMember(app.deps.ctx, actorOf(request), request.params.id, request.body.userId)),
  );
  app.delete(
    '/api/teams/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member from a team',
        params: MemberParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => removeMember(app.deps.ctx, actorOf(request), request.params.id, request.params.userId),
  );
}
