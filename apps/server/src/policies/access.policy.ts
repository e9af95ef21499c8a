import { type Handled, mayReadHandled, type Permission } from '@vigil/model';
import { type Actor, can } from '../auth/actor.ts';
import { forbidden, notFound } from '../services/errors.ts';

/** Throw 403 unless the actor's role has the permission. Checked before any lookup. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden(permission);
}

/** Need-to-know on one record: what the handling code denies looks exactly like a missing record. */
export function assertReadable<T extends Handled>(actor: Actor, record: T | undefined, what: string): T {
  if (!record || !mayReadHandled(actor.country, record)) throw notFound(what);
  return record;
}

/** Victims' records need person.read_victim on top of person.read. */
export function mayReadPerson(actor: Actor, person: Handled & { role: string }): boolean {
  if (person.role === 'victim' && !can(actor, 'person.read_victim')) return false;
  return mayReadHandled(actor.country, person);
}

/** Whether an event may reach this reader (the live feed applies the same rules as the API). */
export function mayReceiveEvent(actor: Actor, event: Handled & { permission: string | null }): boolean {
  if (event.permission && !can(actor, event.permission as Permission)) return false;
  return mayReadHandled(actor.country, event);
}
