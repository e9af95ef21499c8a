import { PERSON_ROLES, SAFEGUARDING_STATUSES } from '@vigil/model';
import type { Actor } from '../auth/actor.ts';
import { can } from '../auth/actor.ts';
import { authorize, mayReadPerson } from '../policies/access.policy.ts';
import { findItem } from '../repositories/item.repository.ts';
import {
  findPerson,
  insertPerson,
  linkPersonItems,
  linkPersonSelectors,
  linksOf,
  listPeople,
  type NewPerson,
  type PersonRow,
  updatePersonIfVersion,
} from '../repositories/person.repository.ts';
import { appendAudit } from './audit.service.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { conflict, forbidden, invalid, notFound } from './errors.ts';
import { recordEvent } from './event.service.ts';
import { type HandlingInput, resolveHandling } from './handling.ts';
import { requireOperation } from './operation.service.ts';

export interface PersonInput extends HandlingInput {
  role: string;
  name?: string;
  username?: string | null;
  platformId?: string | null;
  nationality?: string | null;
  focusGroup?: boolean;
  linkedToExploitation?: boolean;
  safeguardingStatus?: string | null;
  notes?: string;
  itemIds?: string[];
  selectors?: { type: string; value: string }[];
}

type Links = Awaited<ReturnType<typeof linksOf>>;

function present(row: PersonRow, links: Links) {
  return {
    id: row.id,
    operationId: row.operationId,
    role: row.role,
    name: row.name,
    username: row.username,
    platformId: row.platformId,
    nationality: row.nationality,
    focusGroup: row.focusGroup === 1,
    linkedToExploitation: row.linkedToExploitation === 1,
    safeguardingStatus: row.safeguardingStatus,
    notes: row.notes,
    ownerCountry: row.ownerCountry,
    handling: row.handling,
    sharedWith: row.sharedWith,
    itemIds: links.items.filter((l) => l.personId === row.id).map((l) => l.itemId),
    selectors: links.selectors
      .filter((l) => l.personId === row.id)
      .map(({ type, value }) => ({ type, value })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Victims are restricted: their events only reach readers with person.read_victim. */
const eventPermission = (role: string) => (role === 'victim' ? ('person.read_victim' as const) : undefined);

function checkFields(input: Partial<PersonInput>): void {
  if (input.role !== undefined && !(PERSON_ROLES as readonly string[]).includes(input.role)) {
    throw invalid(`role must be one of ${PERSON_ROLES.join(', ')}`);
  }
  if (
    input.safeguardingStatus &&
    !(SAFEGUARDING_STATUSES as readonly string[]).includes(input.safeguardingStatus)
  ) {
    throw invalid(`safeguardingStatus must be one of ${SAFEGUARDING_STATUSES.join(', ')}`);
  }
}

export async function createPerson(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  input: PersonInput,
) {
  authorize(actor, 'person.create');
  checkFields(input);
  if (input.role === 'victim' && !can(actor, 'person.read_victim')) throw forbidden('person.read_victim');
  await requireOperation(ctx, operationId);
  const handled = resolveHandling(actor, input);
  for (const itemId of input.itemIds ?? []) {
    const item = await findItem(ctx.database.db, itemId);
    if (!item || item.operationId !== operationId) throw invalid(`itemIds: no such item ${itemId}`);
  }
  const values: NewPerson = {
    operationId,
    role: input.role,
    name: input.name ?? '',
    username: input.username ?? null,
    platformId: input.platformId ?? null,
    nationality: input.nationality ?? null,
    focusGroup: input.focusGroup ? 1 : 0,
    linkedToExploitation: input.linkedToExploitation ? 1 : 0,
    safeguardingStatus: input.role === 'victim' ? (input.safeguardingStatus ?? 'pending') : null,
    notes: input.notes ?? '',
    createdBy: actor.id,
    ...handled,
  };
  const row = await inTransaction(ctx, async (tx) => {
    const person = await insertPerson(tx, values);
    await linkPersonItems(tx, person.id, input.itemIds ?? []);
    await linkPersonSelectors(tx, person.id, input.selectors ?? []);
    await recordEvent(tx, actor, {
      operationId,
      type: 'person.created',
      handled,
      ...(eventPermission(person.role) ? { permission: eventPermission(person.role) } : {}),
      payload: {
        personId: person.id,
        role: person.role,
        label: person.role === 'victim' ? 'possible victim' : person.username || person.name,
      },
    });
    await appendAudit(tx, [
      {
        actor: actor.id,
        action: 'create',
        resourceType: 'person',
        resourceId: person.id,
        details: { role: person.role },
      },
    ]);
    return person;
  });
  return present(row, await linksOf(ctx.database.db, [row.id]));
}

export async function listOperationPeople(
  ctx: ServiceContext,
  actor: Actor,
  operationId: string,
  role?: string,
) {
  authorize(actor, 'person.read');
  await requireOperation(ctx, operationId);
  const allowed = PERSON_ROLES.filter((r) => r !== 'victim' || can(actor, 'person.read_victim'));
  const roles = role ? allowed.filter((r) => r === role) : allowed;
  if (role && roles.length === 0) throw forbidden('person.read_victim');
  const rows = await listPeople(ctx.database.db, { operationId, country: actor.country, roles });
  await inTransaction(ctx, (tx) =>
    appendAudit(tx, [
      {
        actor: actor.id,
        action: 'read',
        resourceType: 'person',
        resourceId: null,
        details: { operationId, ids: rows.map((r) => r.id) },
      },
    ]),
  );
  const links = await linksOf(
    ctx.database.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => present(row, links));
}

async function readablePerson(ctx: ServiceContext, actor: Actor, id: string): Promise<PersonRow> {
  authorize(actor, 'person.read');
  const row = await findPerson(ctx.database.db, id);
  if (!row || !mayReadPerson(actor, row)) throw notFound('person');
  return row;
}

export async function getPerson(ctx: ServiceContext, actor: Actor, id: string) {
  const row = await readablePerson(ctx, actor, id);
  await inTransaction(ctx, (tx) =>
    appendAudit(tx, [
      { actor: actor.id, action: 'read', resourceType: 'person', resourceId: id, details: {} },
    ]),
  );
  return present(row, await linksOf(ctx.database.db, [id]));
}

export async function updatePerson(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: Partial<Omit<PersonInput, 'itemIds' | 'selectors'>> & { version: number },
) {
  authorize(actor, 'person.update');
  checkFields(input);
  const current = await readablePerson(ctx, actor, id);
  const { version, focusGroup, linkedToExploitation, ownerCountry, ...rest } = input;
  const values: Partial<NewPerson> = {
    ...rest,
    ...(ownerCountry ? { ownerCountry } : {}),
    ...(focusGroup !== undefined ? { focusGroup: focusGroup ? 1 : 0 } : {}),
    ...(linkedToExploitation !== undefined ? { linkedToExploitation: linkedToExploitation ? 1 : 0 } : {}),
  };
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await updatePersonIfVersion(tx, id, version, values);
    if (!updated) throw conflict('this person was changed by someone else: reload and try again');
    const permission = eventPermission(updated.role) ?? eventPermission(current.role);
    await recordEvent(tx, actor, {
      operationId: updated.operationId,
      type: 'person.updated',
      handled: updated,
      ...(permission ? { permission } : {}),
      payload: {
        personId: id,
        role: updated.role,
        fields: Object.keys(input).filter((k) => k !== 'version'),
      },
    });
    await appendAudit(tx, [
      {
        actor: actor.id,
        action: 'update',
        resourceType: 'person',
        resourceId: id,
        details: { fields: Object.keys(values) },
      },
    ]);
    return updated;
  });
  return present(row, await linksOf(ctx.database.db, [id]));
}
