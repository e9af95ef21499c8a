import { Type } from 'typebox';
import {
  createSharingKey,
  exportKey,
  listKeys,
  revokeKey,
} from '../../../services/crosscheck-keys.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, IdParams } from '../../schemas.ts';

const KeyBody = Type.Object({
  sharingGroup: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});

/** Filter keys of sharing groups: made and held by the server, leaving it only on explicit export. */
export async function sharingKeysRoutes(app: AppInstance): Promise<void> {
  const tags = ['cross-checks'];
  const ctx = app.deps.ctx;
  app.get(
    '/api/sharing-keys',
    {
      schema: {
        tags,
        summary: 'Keys of sharing groups (fingerprints, never the keys)',
        response: { 200: AnyArray },
      },
    },
    async (request) => listKeys(ctx, actorOf(request)),
  );
  app.post(
    '/api/sharing-keys',
    {
      schema: {
        tags,
        summary: 'Make a new key for a sharing group (it becomes the group key in use)',
        body: KeyBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSharingKey(ctx, actorOf(request), request.body)),
  );
  app.post(
    '/api/sharing-keys/:id/export',
    {
      schema: {
        tags,
        summary: 'Export a key as a key file, to hand to the other members of the group (audited)',
        params: IdParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => exportKey(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/sharing-keys/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a key: filters made with it no longer match',
        params: IdParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => revokeKey(ctx, actorOf(request), request.params.id),
  );
}
