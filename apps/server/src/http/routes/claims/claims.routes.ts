import { Type } from 'typebox';
import { claimTarget, listClaims, releaseClaimById } from '../../../services/claim.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, IdParams } from '../../schemas.ts';

const ClaimBody = Type.Object({
  targetType: Type.String({ description: 'platform | username | selector' }),
  targetKey: Type.String({ minLength: 1, maxLength: 500 }),
  teamId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
});

export async function claimsRoutes(app: AppInstance): Promise<void> {
  const tags = ['claims'];
  const ctx = app.deps.ctx;
  app.get(
    '/api/operations/:id/claims',
    { schema: { tags, summary: 'Active claims', params: IdParams, response: { 200: AnyArray } } },
    async (request) => listClaims(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/operations/:id/claims',
    {
      schema: {
        tags,
        summary: 'Claim a platform, username or selector',
        params: IdParams,
        body: ClaimBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await claimTarget(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/claims/:id',
    { schema: { tags, summary: 'Release a claim', params: IdParams, response: { 200: AnyObject } } },
    async (request) => releaseClaimById(ctx, actorOf(request), request.params.id),
  );
}
