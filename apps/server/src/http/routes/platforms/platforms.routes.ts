import {
  changePlatformStatus,
  createPlatforms,
  flagPlatform,
  listOperationPlatforms,
  platformHistory,
  updatePlatform,
} from '../../../services/platform.service.ts';
import { importPlatformsCsv } from '../../../services/platform-import.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, IdParams } from '../../schemas.ts';
import { FlagBody, ImportResult, PlatformBody, PlatformPatch, StatusBody } from './platforms.schema.ts';

export async function platformsRoutes(app: AppInstance): Promise<void> {
  const tags = ['platforms'];
  const ctx = app.deps.ctx;
  app.get(
    '/api/operations/:id/platforms',
    {
      schema: {
        tags,
        summary: 'Platforms of an operation, with claims',
        params: IdParams,
        response: { 200: AnyArray },
      },
    },
    async (request) => listOperationPlatforms(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/operations/:id/platforms',
    {
      schema: {
        tags,
        summary: 'Register a platform',
        params: IdParams,
        body: PlatformBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) => {
      const [created] = await createPlatforms(ctx, actorOf(request), request.params.id, [request.body]);
      return reply.code(201).send(created!);
    },
  );
  app.post(
    '/api/operations/:id/platforms/import',
    {
      schema: {
        tags,
        summary: 'Import platforms from CSV (name,kind,addresses,languages,countries,target_groups)',
        params: IdParams,
        consumes: ['text/csv'],
        response: { 200: ImportResult },
      },
    },
    async (request) =>
      importPlatformsCsv(ctx, actorOf(request), request.params.id, String(request.body ?? '')),
  );
  app.patch(
    '/api/platforms/:id',
    {
      schema: {
        tags,
        summary: 'Edit a platform',
        params: IdParams,
        body: PlatformPatch,
        response: { 200: AnyObject },
      },
    },
    async (request) => updatePlatform(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/platforms/:id/status',
    {
      schema: {
        tags,
        summary: 'Move a platform through the workflow',
        params: IdParams,
        body: StatusBody,
        response: { 200: AnyObject },
      },
    },
    async (request) => changePlatformStatus(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/platforms/:id/flag',
    {
      schema: {
        tags,
        summary: 'Flag for follow-up and monitoring',
        params: IdParams,
        body: FlagBody,
        response: { 200: AnyObject },
      },
    },
    async (request) => flagPlatform(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/platforms/:id/history',
    {
      schema: {
        tags,
        summary: 'Who changed what, when and why',
        params: IdParams,
        response: { 200: AnyArray },
      },
    },
    async (request) => platformHistory(ctx, actorOf(request), request.params.id),
  );
}
