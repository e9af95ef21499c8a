/** Roles and what each may do. Policies in apps/server/src/policies check these names. */
export const ROLES = ['administrator', 'coordinator', 'analyst', 'investigator', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'user.manage',
  'operation.read',
  'operation.create',
  'operation.update',
  'team.manage',
  'platform.read',
  'platform.create',
  'platform.update',
  'platform.status',
  'platform.assign',
  'claim.create',
  'item.read',
  'item.create',
  'person.read',
  'person.create',
  'person.update',
  'person.read_victim',
  'lead.read',
  'lead.create',
  'lead.update',
  'figures.read',
  'events.read',
  'audit.read',
  'demo.load',
  'reference.read',
  'reference.import',
  'key.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const INVESTIGATOR: Permission[] = [
  'operation.read',
  'platform.read',
  'platform.create',
  'platform.update',
  'platform.status',
  'claim.create',
  'item.read',
  'item.create',
  'person.read',
  'person.create',
  'person.update',
  'person.read_victim',
  'lead.read',
  'lead.create',
  'lead.update',
  'figures.read',
  'events.read',
  'reference.read',
];

/** Observers (e.g. a prosecutor) read leads, reports and figures; they never see victims' records. */
const OBSERVER: Permission[] = [
  'operation.read',
  'platform.read',
  'item.read',
  'person.read',
  'lead.read',
  'figures.read',
  'events.read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: PERMISSIONS,
  coordinator: [
    ...INVESTIGATOR,
    'operation.create',
    'operation.update',
    'team.manage',
    'platform.assign',
    'audit.read',
    'demo.load',
    'reference.import',
  ],
  /** Analysts import reference sets and filters; keys of sharing groups stay with administrators. */
  analyst: [...INVESTIGATOR, 'reference.import'],
  investigator: INVESTIGATOR,
  observer: OBSERVER,
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Handling codes: who may read a record.
 * - operation: everyone in the operation
 * - countries: the owner country and the countries named in `sharedWith`
 * - owner: the owner country only
 */
export const HANDLING_CODES = ['operation', 'countries', 'owner'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];

export interface Handled {
  ownerCountry: string | null;
  handling: string;
  sharedWith: readonly string[];
}

/** Need-to-know: may a reader from `country` see a record with this handling? */
export function mayReadHandled(readerCountry: string | null, record: Handled): boolean {
  if (record.handling === 'operation' || record.ownerCountry === null) return true;
  if (readerCountry === null) return false;
  if (readerCountry === record.ownerCountry) return true;
  return record.handling === 'countries' && record.sharedWith.includes(readerCountry);
}
