import { createHash } from 'node:crypto';

export interface AuditFields {
  time: Date;
  actor: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  details: unknown;
}

/** JSON with sorted keys: jsonb does not keep key order, so the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** hash_n = SHA-256(hash_{n-1} || canonical entry n): changing or removing any entry breaks every later link. */
export function chainHash(prevHash: string, entry: AuditFields): string {
  const body = canonicalJson([
    entry.time.toISOString(),
    entry.actor,
    entry.action,
    entry.resourceType,
    entry.resourceId,
    entry.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
