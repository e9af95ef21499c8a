import type { Queryable } from './reference-set.repository.ts';

/**
 * Retro-hunt, exact part: every stored selector of items and people that equals a value of the
 * set becomes a hit, in one set-based INSERT … SELECT (a hash join on (type, value) in the server).
 * Returns the number of new hits.
 */
export async function retroHuntExact(
  db: Queryable,
  setId: string,
  operationId: string | null,
): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `WITH found AS (
       SELECT s.operation_id, 'item' AS source_type, s.item_id::text AS source_id, s.type, s.value
         FROM item_selectors s JOIN reference_values r ON r.type = s.type AND r.value = s.value
        WHERE r.set_id = $1 AND ($2::uuid IS NULL OR s.operation_id = $2)
       UNION ALL
       SELECT p.operation_id, 'person', ps.person_id::text, ps.type, ps.value
         FROM person_selectors ps JOIN people p ON p.id = ps.person_id
         JOIN reference_values r ON r.type = ps.type AND r.value = ps.value
        WHERE r.set_id = $1 AND ($2::uuid IS NULL OR p.operation_id = $2)
     ), ins AS (
       INSERT INTO hits (operation_id, set_id, source_type, source_id, selector_type, selector_value, matched_value, match_kind, score, set_version)
       SELECT operation_id, $1, source_type, source_id, type, value, value, 'exact', 1,
              (SELECT version FROM reference_sets WHERE id = $1) FROM found
       ON CONFLICT DO NOTHING RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
    [setId, operationId],
  );
  return rows[0]?.n ?? 0;
}

export interface ValueMatchRow {
  setId: string;
  type: string;
  value: string;
  label: string | null;
}

/** Exact lookup of many canonical selectors in the plain sets usable at `now`. */
export async function lookupExact(
  db: Queryable,
  queries: readonly { type: string; value: string }[],
  now: Date,
  operationId: string | null,
): Promise<ValueMatchRow[]> {
  if (queries.length === 0) return [];
  const { rows } = await db.query<ValueMatchRow>(
    `SELECT r.set_id AS "setId", r.type, r.value, r.label
       FROM (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS q(type, value)) q
       JOIN reference_values r ON r.type = q.type AND r.value = q.value
       JOIN reference_sets s ON s.id = r.set_id
      WHERE s.valid_from <= $3 AND (s.valid_until IS NULL OR s.valid_until > $3)
        AND ($4::uuid IS NULL OR s.operation_id IS NULL OR s.operation_id = $4)`,
    [queries.map((q) => q.type), queries.map((q) => q.value), now, operationId],
  );
  return rows;
}

/**
 * Make pg_trgm available and index fuzzy keys with it. False when the server has no pg_trgm
 * (then callers score in memory). Safe to call repeatedly.
 */
export async function ensureTrigramIndex(db: Queryable): Promise<boolean> {
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await db.query(
      'CREATE INDEX IF NOT EXISTS reference_values_fuzzy_trgm ON reference_values USING gin (fuzzy_key public.gin_trgm_ops) WHERE fuzzy_key IS NOT NULL',
    );
    await db.query("SELECT public.similarity('abc', 'abd')");
    return true;
  } catch {
    return false;
  }
}

/** Candidates for fuzzy matching: values whose fuzzy key shares enough trigrams with one of `keys`. */
export async function fuzzyCandidates(
  db: Queryable,
  types: readonly string[],
  keys: readonly string[],
  now: Date,
  operationId: string | null,
  limit = 200,
): Promise<(ValueMatchRow & { similarity: number })[]> {
  if (keys.length === 0) return [];
  const { rows } = await db.query<ValueMatchRow & { similarity: number }>(
    `SELECT r.set_id AS "setId", r.type, r.value, r.label, max(public.similarity(r.fuzzy_key, k.key)) AS similarity
       FROM unnest($2::text[]) AS k(key)
       JOIN reference_values r ON r.fuzzy_key OPERATOR(public.%) k.key
       JOIN reference_sets s ON s.id = r.set_id
      WHERE r.type = ANY($1::text[]) AND r.fuzzy_key IS NOT NULL
        AND s.valid_from <= $3 AND (s.valid_until IS NULL OR s.valid_until > $3)
        AND ($4::uuid IS NULL OR s.operation_id IS NULL OR s.operation_id = $4)
      GROUP BY r.set_id, r.type, r.value, r.label
      ORDER BY similarity DESC LIMIT $5`,
    [types, keys, now, operationId, limit],
  );
  return rows;
}

/** A set's values of the fuzzy types (names, usernames, handles), for an in-memory index. */
export async function setFuzzyValues(
  db: Queryable,
  setId: string,
): Promise<{ type: string; value: string; label: string | null }[]> {
  const { rows } = await db.query<{ type: string; value: string; label: string | null }>(
    `SELECT type, value, label FROM reference_values WHERE set_id = $1 AND type IN ('name', 'username', 'handle')`,
    [setId],
  );
  return rows;
}

export interface FuzzySubject {
  operationId: string;
  sourceType: 'item' | 'person';
  sourceId: string;
  kind: 'name' | 'username';
  value: string;
}

/** What fuzzy retro-hunts look at: recorded people (names, usernames) and handles found in items. */
export async function fuzzySubjects(
  db: Queryable,
  operationId: string | null,
  maxItemHandles: number,
): Promise<FuzzySubject[]> {
  const people = await db.query<FuzzySubject>(
    `SELECT operation_id AS "operationId", 'person' AS "sourceType", id::text AS "sourceId", 'name' AS kind, name AS value
       FROM people WHERE name <> '' AND ($1::uuid IS NULL OR operation_id = $1)
     UNION ALL
     SELECT operation_id, 'person', id::text, 'username', username
       FROM people WHERE username IS NOT NULL AND username <> '' AND ($1::uuid IS NULL OR operation_id = $1)`,
    [operationId],
  );
  const handles = await db.query<FuzzySubject>(
    `SELECT operation_id AS "operationId", 'item' AS "sourceType", item_id::text AS "sourceId", 'username' AS kind, value
       FROM item_selectors WHERE type = 'handle' AND ($1::uuid IS NULL OR operation_id = $1) LIMIT $2`,
    [operationId, maxItemHandles],
  );
  return [...people.rows, ...handles.rows];
}

/** Stored selectors of the given types in pages, for matching against an in-memory filter. */
export async function pageStoredSelectors(
  db: Queryable,
  types: readonly string[],
  operationId: string | null,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; operationId: string; itemId: string; type: string; value: string }[]> {
  const { rows } = await db.query<{
    id: string;
    operationId: string;
    itemId: string;
    type: string;
    value: string;
  }>(
    `SELECT id, operation_id AS "operationId", item_id AS "itemId", type, value FROM item_selectors
      WHERE type = ANY($1::text[]) AND ($2::uuid IS NULL OR operation_id = $2) AND ($3::uuid IS NULL OR id > $3)
      ORDER BY id LIMIT $4`,
    [types, operationId, afterId, limit],
  );
  return rows;
}

/**
 * Give this transaction enough sort/hash memory for a join of millions of rows: with the default
 * 4 MB a retro-hunt's hash join spills to disk in many batches.
 */
export async function useLargeJoinMemory(db: Queryable): Promise<void> {
  await db.query(`SET LOCAL work_mem = '256MB'`);
}
