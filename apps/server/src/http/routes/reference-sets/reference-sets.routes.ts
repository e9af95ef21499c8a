import { Type } from 'typebox';
import { SetFileRejected } from '../../../services/crosscheck-errors.ts';
import { exportSetAsFilter, importFilterForOperation } from '../../../services/crosscheck-keys.service.ts';
import {
  deleteSet,
  importOperationSet,
  importSetVersion,
  listOperationSets,
  showSet,
} from '../../../services/crosscheck-sets.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, IdParams } from '../../schemas.ts';
import {
  FilterExportBody,
  FilterImportBody,
  SetFileRejectedResponse,
  SetImportBody,
  SetVersionBody,
} from './reference-sets.schema.ts';

const IMPORT_LIMIT = 50 * 1024 * 1024;
const OperationQuery = Type.Object({
  operationId: Type.Optional(
    Type.String({ format: 'uuid', description: 'whose live feed hears of it (global sets)' }),
  ),
});

/** A rejected set file answers 400 with every problem by line or entry and field. */
function rejected(error: SetFileRejected) {
  return {
    statusCode: 400,
    error: 'Bad Request',
    message: error.message,
    issues: error.issues,
    totalIssues: error.totalIssues,
  };
}

export async function referenceSetsRoutes(app: AppInstance): Promise<void> {
  const tags = ['cross-checks'];
  const ctx = app.deps.ctx;
  app.get(
    '/api/operations/:id/reference-sets',
    {
      schema: {
        tags,
        summary: 'Reference sets the operation uses (its own and global ones) that the reader may see',
        params: IdParams,
        response: { 200: AnyArray },
      },
    },
    async (request) => listOperationSets(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/operations/:id/reference-sets',
    {
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags,
        summary: 'Import a set file (CSV, JSON, FollowTheMoney, MISP) atomically, then retro-hunt it',
        params: IdParams,
        body: SetImportBody,
        response: { 201: AnyObject, 400: SetFileRejectedResponse },
      },
    },
    async (request, reply) => {
      try {
        return reply
          .code(201)
          .send(await importOperationSet(ctx, actorOf(request), request.params.id, request.body));
      } catch (error) {
        if (!(error instanceof SetFileRejected)) throw error;
        return reply.code(400).send(rejected(error));
      }
    },
  );
  app.post(
    '/api/operations/:id/reference-sets/filters',
    {
      bodyLimit: IMPORT_LIMIT * 2,
      schema: {
        tags,
        summary: "Import another country's keyed-hash filter (key from this server's key store)",
        params: IdParams,
        body: FilterImportBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await importFilterForOperation(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/reference-sets/:id',
    {
      schema: {
        tags,
        summary: 'A set with its first values',
        params: IdParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => showSet(ctx, actorOf(request), request.params.id),
  );
  app.delete(
    '/api/reference-sets/:id',
    {
      schema: {
        tags,
        summary: 'Delete a set (owner only; refused once it produced leads)',
        params: IdParams,
        querystring: OperationQuery,
        response: { 200: AnyObject },
      },
    },
    async (request) => deleteSet(ctx, actorOf(request), request.params.id, request.query.operationId),
  );
  app.post(
    '/api/reference-sets/:id/versions',
    {
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags,
        summary: 'Replace the set by a new version atomically (old hits keep their version), then retro-hunt',
        params: IdParams,
        querystring: OperationQuery,
        body: SetVersionBody,
        response: { 201: AnyObject, 400: SetFileRejectedResponse },
      },
    },
    async (request, reply) => {
      try {
        const input = {
          ...request.body,
          ...(request.query.operationId ? { operationId: request.query.operationId } : {}),
        };
        return reply.code(201).send(await importSetVersion(ctx, actorOf(request), request.params.id, input));
      } catch (error) {
        if (!(error instanceof SetFileRejected)) throw error;
        return reply.code(400).send(rejected(error));
      }
    },
  );
  app.post(
    '/api/reference-sets/:id/filter',
    {
      schema: {
        tags,
        summary:
          "Export the owner's set as a keyed-hash filter under the sharing group's key (file as base64)",
        params: IdParams,
        querystring: OperationQuery,
        body: FilterExportBody,
        response: { 200: AnyObject },
      },
    },
    async (request) =>
      exportSetAsFilter(ctx, actorOf(request), request.params.id, {
        ...request.body,
        ...(request.query.operationId ? { operationId: request.query.operationId } : {}),
      }),
  );
}
