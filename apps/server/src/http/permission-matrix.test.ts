import { type Permission, ROLE_PERMISSIONS, ROLES, type Role } from '@vigil/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';

const FAKE = '00000000-0000-4000-8000-000000000000';
const SHA = 'a'.repeat(64);

interface Case {
  permission: Permission | null;
  payload?: unknown;
  contentType?: string;
  /** Endless responses (the live stream) are only checked for refusal. */
  stream?: boolean;
}

/** Every API route and the permission it needs; the first test fails when a route is missing here. */
const MATRIX: Record<string, Case> = {
  'DELETE /api/session': { permission: null },
  'GET /api/users': { permission: 'user.manage' },
  'POST /api/users': {
    permission: 'user.manage',
    payload: { email: 'x@example.test', name: 'X', role: 'observer', password: 'long-enough-password' },
  },
  'GET /api/operations': { permission: 'operation.read' },
  'POST /api/operations': { permission: 'operation.create', payload: { name: 'Matrix op' } },
  'GET /api/operations/:op': { permission: 'operation.read' },
  'PATCH /api/operations/:op': { permission: 'operation.update', payload: { version: 99 } },
  'POST /api/operations/:op/teams': { permission: 'team.manage', payload: { name: 'T' } },
  'POST /api/teams/:fake/members': { permission: 'team.manage', payload: { userId: FAKE } },
  'DELETE /api/teams/:fake/members/:userId': { permission: 'team.manage' },
  'PATCH /api/users/:fake': { permission: 'user.manage', payload: { name: 'Matrix' } },
  'POST /api/users/:fake/deactivate': { permission: 'user.manage' },
  'POST /api/users/:fake/reactivate': { permission: 'user.manage' },
  'GET /api/users/directory': { permission: 'team.manage' },
  'GET /api/agencies': { permission: 'user.manage' },
  'POST /api/agencies': { permission: 'user.manage', payload: { name: 'Matrix agency' } },
  'GET /api/operations/:op/platforms': { permission: 'platform.read' },
  'POST /api/operations/:op/platforms': {
    permission: 'platform.create',
    payload: { name: 'P', kind: 'forum' },
  },
  'POST /api/operations/:op/platforms/import': {
    permission: 'platform.create',
    payload: 'name,kind\nQ,forum\n',
    contentType: 'text/csv',
  },
  'PATCH /api/platforms/:fake': { permission: 'platform.update', payload: { version: 1 } },
  'POST /api/platforms/:fake/status': {
    permission: 'platform.status',
    payload: { version: 1, status: 'checked', reason: 'r' },
  },
  'POST /api/platforms/:fake/flag': {
    permission: 'platform.status',
    payload: { version: 1, flagged: true, reason: 'r' },
  },
  'GET /api/platforms/:fake/history': { permission: 'platform.read' },
  'GET /api/operations/:op/claims': { permission: 'platform.read' },
  'POST /api/operations/:op/claims': {
    permission: 'claim.create',
    payload: { targetType: 'username', targetKey: 'matrix' },
  },
  'DELETE /api/claims/:fake': { permission: 'claim.create' },
  'GET /api/operations/:op/items': { permission: 'item.read' },
  'POST /api/operations/:op/items': { permission: 'item.create', payload: { text: 'matrix synthetic item' } },
  'POST /api/operations/:op/items/import': {
    permission: 'item.create',
    payload: '{"text":"matrix jsonl"}\n',
    contentType: 'application/x-ndjson',
  },
  'GET /api/items/:fake': { permission: 'item.read' },
  'GET /api/items/:fake/evidence': { permission: 'item.read' },
  'GET /api/items/:fake/evidence/:sha256': { permission: 'item.read' },
  'POST /api/platforms/:fake/crawl': { permission: 'item.create', payload: {} },
  'GET /api/operations/:op/people': { permission: 'person.read' },
  'POST /api/operations/:op/people': {
    permission: 'person.create',
    payload: { role: 'suspect', name: 'Matrix' },
  },
  'GET /api/people/:fake': { permission: 'person.read' },
  'PATCH /api/people/:fake': { permission: 'person.update', payload: { version: 1 } },
  'GET /api/operations/:op/leads': { permission: 'lead.read' },
  'POST /api/operations/:op/leads': {
    permission: 'lead.create',
    payload: { title: 'L', sourceType: 'item', sourceId: FAKE },
  },
  'GET /api/leads/:fake': { permission: 'lead.read' },
  'PATCH /api/leads/:fake': { permission: 'lead.update', payload: { version: 1 } },
  'POST /api/leads/:fake/comments': { permission: 'lead.update', payload: { body: 'c' } },
  'GET /api/operations/:op/events': { permission: 'events.read', stream: true },
  'GET /api/operations/:op/events/backlog': { permission: 'events.read' },
  'GET /api/operations/:op/presence': { permission: 'events.read' },
  'GET /api/operations/:op/figures': { permission: 'figures.read' },
  'POST /api/demo': { permission: 'demo.load' },
  'GET /api/operations/:op/reference-sets': { permission: 'reference.read' },
  'POST /api/operations/:op/reference-sets': {
    permission: 'reference.import',
    payload: { name: 'Matrix set', format: 'csv', content: 'type,value\nemail,matrix@example.test\n' },
  },
  'POST /api/operations/:op/reference-sets/filters': {
    permission: 'reference.import',
    payload: { file: 'AAAA' },
  },
  'GET /api/reference-sets/:fake': { permission: 'reference.read' },
  'DELETE /api/reference-sets/:fake': { permission: 'reference.import' },
  'POST /api/reference-sets/:fake/versions': {
    permission: 'reference.import',
    payload: { content: 'type,value\nemail,matrix@example.test\n' },
  },
  'POST /api/reference-sets/:fake/filter': {
    permission: 'reference.import',
    payload: { sharingGroup: 'matrix' },
  },
  'GET /api/operations/:op/hits': { permission: 'reference.read' },
  'POST /api/hits/:fake/lead': { permission: 'lead.create' },
  'GET /api/sharing-keys': { permission: 'reference.import' },
  'POST /api/sharing-keys': { permission: 'key.manage', payload: { sharingGroup: 'matrix' } },
  'POST /api/sharing-keys/:fake/export': { permission: 'key.manage' },
  'POST /api/sharing-keys/:fake/revoke': { permission: 'key.manage' },
};

describe('permission matrix: every endpoint with every role', () => {
  let t: TestApp;
  const clients = new Map<Role, TestClient>();
  let operationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ROLES) clients.set(role, await t.signIn(role, 'NL'));
    operationId = (await clients.get('coordinator')!.post('/api/operations', { name: 'Matrix' })).json().id;
  });
  afterAll(async () => t?.close());

  const key = (method: string, url: string) =>
    `${method} ${url.replace(/\/api\/operations\/:id/, '/api/operations/:op').replace(/:id\b/, ':fake')}`;

  it('covers every authenticated route', () => {
    const routes = t.app.apiRoutes.filter(
      (route) => !['/api/health', '/api/openapi.json', '/api/bootstrap'].includes(route.url),
    );
    const missing = routes
      .map((route) => key(route.method, route.url))
      .filter((k) => !(k in MATRIX) && k !== 'POST /api/session' && k !== 'GET /api/session');
    expect(missing).toEqual([]);
  });

  for (const [route, spec] of Object.entries(MATRIX)) {
    it(`${route} is refused (403) exactly to roles without ${spec.permission ?? 'any permission'}`, async () => {
      const [method, path] = route.split(' ') as [string, string];
      const url = path
        .replace(':op', operationId)
        .replace(':fake', FAKE)
        .replace(':userId', FAKE)
        .replace(':sha256', SHA);
      for (const role of ROLES) {
        const allowed = spec.permission === null || ROLE_PERMISSIONS[role].includes(spec.permission);
        if (allowed && spec.stream) continue;
        if (route === 'DELETE /api/session') continue;
        const response = await clients.get(role)!.request({
          method: method as 'GET',
          url,
          ...(spec.payload === undefined ? {} : { payload: spec.payload as string }),
          ...(spec.contentType ? { headers: { 'content-type': spec.contentType } } : {}),
        });
        if (allowed) expect(response.statusCode, `${role} ${route}: ${response.body}`).not.toBe(403);
        else expect(response.statusCode, `${role} ${route}: ${response.body}`).toBe(403);
        expect(response.statusCode, `${role} ${route}: ${response.body}`).toBeLessThan(500);
      }
    });
  }

  it('refuses every route to a caller without a session (401), whatever the body', async () => {
    for (const route of Object.keys(MATRIX)) {
      const [method, path] = route.split(' ') as [string, string];
      const url = path
        .replace(':op', operationId)
        .replace(':fake', FAKE)
        .replace(':userId', FAKE)
        .replace(':sha256', SHA);
      const response = await t.app.inject({
        method: method as 'GET',
        url,
        payload: method === 'GET' ? undefined : { junk: true },
      });
      expect(response.statusCode, route).toBe(401);
    }
  });
});
