import { countries } from '@vigil/db';
import type { Conn } from './tx.ts';

/** Make sure the countries exist (codes are ISO 3166-1 alpha-2; names default to the code). */
export async function ensureCountries(conn: Conn, codes: { code: string; name?: string }[]): Promise<void> {
  if (codes.length === 0) return;
  await conn
    .insert(countries)
    .values(codes.map(({ code, name }) => ({ code, name: name ?? code })))
    .onConflictDoNothing();
}
