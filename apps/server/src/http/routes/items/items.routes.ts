import { createItem, getItem, listOperationItems } from '../../../services/item.service.ts';
import { importItems } from '../../../services/item-import.service.ts';
import type { AppInstance } from '../../app-instance.ts';
import { actorOf } from '../../plugins/auth.plugin.ts';
import { AnyArray, AnyObject, IdParams } from '../../schemas.ts';
import { ImportQuery, ImportReport, ItemBody, ItemQuery } from './items.schema.ts';

export async function itemsRoutes(app: AppInstance): Promise<void> {
  const tags = ['items'];
  const ctx = app.deps.ctx;
  app.get(
    '/api/operations/:id/items',
    {
      schema: {
        tags,
        summary: 'Items by risk score (what the reader may see)',
        params: IdParams,
        querystring: ItemQuery,
        response: { 200: AnyArray },
      },
    },
    async (request) => listOperationItems(ctx, actorOf(request), request.params.id, request.query),
  );
  app.post(
    '/api/operations/:id/items',
    {
      schema: {
        tags,
        summary: 'Add an item; it is analysed on arrival',
        params: IdParams,
        body: ItemBody,
        response: { 201: AnyObject },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createItem(ctx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/operations/:id/items/import',
    {
      schema: {
        tags,
        summary: 'Import items from JSONL or CSV (raw body)',
        params: IdParams,
        querystring: ImportQuery,
        consumes: ['application/x-ndjson', 'text/csv', 'text/plain'],
        response: { 200: ImportReport },
      },
    },
    async (request) => {
      const format =
        request.query.format ??
        (String(request.headers['content-type']).startsWith('text/csv') ? 'csv' : 'jsonl');
      return importItems(ctx, actorOf(request), request.params.id, String(request.body ?? ''), {
        format,
        ...(request.query.ownerCountry ? { ownerCountry: request.query.ownerCountry } : {}),
        ...(request.query.platformId ? { platformId: request.query.platformId } : {}),
      });
    },
  );
  app.get(
    '/api/items/:id',
    {
      schema: {
        tags,
        summary: 'An item with its analysis (offsets into analysis.text)',
        params: IdParams,
        response: { 200: AnyObject },
      },
    },
    async (request) => getItem(ctx, actorOf(request), request.params.id),
  );
}
