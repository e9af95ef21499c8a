import { hasPermission, type Permission, ROLE_PERMISSIONS, type Role } from '@vigil/model';

/** The person behind a request, as policies see them. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  country: string | null;
  agencyId: string | null;
  permissions: readonly Permission[];
}

export function actorFromUser(user: {
  id: string;
  email: string;
  name: string;
  role: string;
  country: string | null;
  agencyId: string | null;
}): Actor {
  const role = user.role as Role;
  return { ...user, role, permissions: ROLE_PERMISSIONS[role] ?? [] };
}

export function can(actor: Actor, permission: Permission): boolean {
  return hasPermission(actor.role, permission);
}
