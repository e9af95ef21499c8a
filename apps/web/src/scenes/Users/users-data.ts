/** What the users page reads from /api/users and /api/agencies. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  country: string | null;
  agencyId: string | null;
  active: boolean;
}

export interface Agency {
  id: string;
  name: string;
  country: string | null;
}

export const USERS_KEY = ['users'] as const;
export const AGENCIES_KEY = ['agencies'] as const;
