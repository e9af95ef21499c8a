import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * Need-to-know in SQL, the same rule as `mayReadHandled` in @vigil/model: everyone in the operation,
 * or the owner country, or (handling 'countries') a country in shared_with.
 */
export function visibleTo(
  country: string | null,
  columns: { handling: PgColumn; ownerCountry: PgColumn; sharedWith: PgColumn },
): SQL {
  if (!country) return sql`${columns.handling} = 'operation'`;
  return sql`(${columns.handling} = 'operation' OR ${columns.ownerCountry} = ${country} OR (${columns.handling} = 'countries' AND ${country} = ANY(${columns.sharedWith})))`;
}
