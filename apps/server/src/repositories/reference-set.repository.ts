import type pg from 'pg';

/** Anything that runs queries: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

export interface ReferenceSetRow {
  id: string;
  operationId: string | null;
  name: string;
  ownerCountry: string;
  handling: string;
  kind: 'plain' | 'filter';
  sourceFormat: string;
  validFrom: Date;
  validUntil: Date | null;
  valueCount: number;
  version: number;
  filterHeader: unknown;
  filterKeyId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewReferenceSet {
  operationId?: string | null;
  name: string;
  ownerCountry: string;
  handling: string;
  kind: 'plain' | 'filter';
  sourceFormat: string;
  validFrom: Date;
  validUntil?: Date | null;
  createdBy?: string | null;
  filterFile?: Uint8Array | null;
  filterHeader?: unknown;
  filterKeyId?: string | null;
  valueCount?: number;
  /** Starts at 1; an imported filter starts at the owner's filter version. */
  version?: number;
}

export interface StoredValue {
  type: string;
  value: string;
  label?: string | undefined;
  country?: string | undefined;
  fuzzyKey?: string | null | undefined;
}

const SET_COLUMNS = `id, operation_id AS "operationId", name, owner_country AS "ownerCountry", handling, kind,
  source_format AS "sourceFormat", valid_from AS "validFrom", valid_until AS "validUntil",
  value_count::float8 AS "valueCount", version, filter_header AS "filterHeader", filter_key_id AS "filterKeyId",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Run `fn` in one transaction on one client: all of it is committed, or none of it. */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function insertReferenceSet(db: Queryable, set: NewReferenceSet): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO reference_sets (operation_id, name, owner_country, handling, kind, source_format, valid_from,
       valid_until, created_by, filter_file, filter_header, filter_key_id, value_count, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      set.operationId ?? null,
      set.name,
      set.ownerCountry,
      set.handling,
      set.kind,
      set.sourceFormat,
      set.validFrom,
      set.validUntil ?? null,
      set.createdBy ?? null,
      set.filterFile ? Buffer.from(set.filterFile) : null,
      set.filterHeader === undefined ? null : JSON.stringify(set.filterHeader),
      set.filterKeyId ?? null,
      set.valueCount ?? 0,
      set.version ?? 1,
    ],
  );
  return rows[0]!.id;
}

/**
 * Insert one batch of values with a single statement (arrays unnested server-side: 5 parameters
 * whatever the batch size). Duplicates within the set are ignored.
 */
export async function insertReferenceValues(
  db: Queryable,
  setId: string,
  values: readonly StoredValue[],
): Promise<number> {
  if (values.length === 0) return 0;
  const result = await db.query(
    `INSERT INTO reference_values (set_id, type, value, label, country, fuzzy_key)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT DO NOTHING`,
    [
      setId,
      values.map((v) => v.type),
      values.map((v) => v.value),
      values.map((v) => v.label ?? null),
      values.map((v) => v.country ?? null),
      values.map((v) => v.fuzzyKey ?? null),
    ],
  );
  return result.rowCount ?? 0;
}

export async function finishSetImport(db: Queryable, setId: string, valueCount: number): Promise<void> {
  await db.query('UPDATE reference_sets SET value_count = $2, updated_at = now() WHERE id = $1', [
    setId,
    valueCount,
  ]);
}

/** Replace a set's values (a new version of the same list); call inside a transaction. */
export async function clearSetValues(db: Queryable, setId: string): Promise<void> {
  await db.query('DELETE FROM reference_values WHERE set_id = $1', [setId]);
  await db.query('UPDATE reference_sets SET version = version + 1, updated_at = now() WHERE id = $1', [
    setId,
  ]);
}

export async function findReferenceSet(
  db: Queryable,
  idOrName: string,
): Promise<ReferenceSetRow | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName);
  const { rows } = await db.query<ReferenceSetRow>(
    `SELECT ${SET_COLUMNS} FROM reference_sets WHERE ${isUuid ? 'id = $1' : 'name = $1'} ORDER BY created_at DESC LIMIT 1`,
    [idOrName],
  );
  return rows[0];
}

/** Sets an operation may use at `now`: its own and the global ones, within their validity. */
export async function listActiveSets(
  db: Queryable,
  now: Date,
  operationId?: string | null,
): Promise<ReferenceSetRow[]> {
  const { rows } = await db.query<ReferenceSetRow>(
    `SELECT ${SET_COLUMNS} FROM reference_sets
     WHERE valid_from <= $1 AND (valid_until IS NULL OR valid_until > $1)
       AND ($2::uuid IS NULL OR operation_id IS NULL OR operation_id = $2)
     ORDER BY created_at`,
    [now, operationId ?? null],
  );
  return rows;
}

export async function listReferenceSets(db: Queryable): Promise<ReferenceSetRow[]> {
  const { rows } = await db.query<ReferenceSetRow>(
    `SELECT ${SET_COLUMNS} FROM reference_sets ORDER BY created_at`,
  );
  return rows;
}

export async function loadFilterFile(db: Queryable, setId: string): Promise<Uint8Array | undefined> {
  const { rows } = await db.query<{ file: Buffer | null }>(
    'SELECT filter_file AS file FROM reference_sets WHERE id = $1',
    [setId],
  );
  return rows[0]?.file ?? undefined;
}

/** One page of a set's values in (type, value) order, after the given position (keyset paging). */
export async function pageSetValues(
  db: Queryable,
  setId: string,
  after: { type: string; value: string } | null,
  limit: number,
): Promise<{ type: string; value: string }[]> {
  const { rows } = await db.query<{ type: string; value: string }>(
    `SELECT type, value FROM reference_values
     WHERE set_id = $1 AND ($2::text IS NULL OR (type, value) > ($2, $3))
     ORDER BY type, value LIMIT $4`,
    [setId, after?.type ?? null, after?.value ?? null, limit],
  );
  return rows;
}

/** Sets listed for one operation: its own and the global ones, any validity (the list shows it). */
export async function listSetsForOperation(db: Queryable, operationId: string): Promise<ReferenceSetRow[]> {
  const { rows } = await db.query<ReferenceSetRow>(
    `SELECT ${SET_COLUMNS} FROM reference_sets
      WHERE operation_id IS NULL OR operation_id = $1 ORDER BY created_at DESC`,
    [operationId],
  );
  return rows;
}

/** After a new version's values are in: its format, validity and count (inside the same transaction). */
export async function updateSetVersionMetadata(
  db: Queryable,
  setId: string,
  meta: { sourceFormat: string; validFrom: Date; validUntil: Date | null; handling: string },
): Promise<void> {
  await db.query(
    `UPDATE reference_sets SET source_format = $2, valid_from = $3, valid_until = $4, handling = $5,
            updated_at = now() WHERE id = $1`,
    [setId, meta.sourceFormat, meta.validFrom, meta.validUntil, meta.handling],
  );
}

/** Lock the set row for a re-import, so two new versions cannot interleave. */
export async function lockReferenceSet(db: Queryable, setId: string): Promise<ReferenceSetRow | undefined> {
  const { rows } = await db.query<ReferenceSetRow>(
    `SELECT ${SET_COLUMNS} FROM reference_sets WHERE id = $1 FOR UPDATE`,
    [setId],
  );
  return rows[0];
}

export async function deleteReferenceSet(db: Queryable, setId: string): Promise<boolean> {
  const result = await db.query('DELETE FROM reference_sets WHERE id = $1', [setId]);
  return (result.rowCount ?? 0) > 0;
}

/** The first values of a set, for showing it to readers who may see them. */
export async function sampleSetValues(
  db: Queryable,
  setId: string,
  limit: number,
): Promise<{ type: string; value: string; label: string | null; country: string | null }[]> {
  const { rows } = await db.query<{
    type: string;
    value: string;
    label: string | null;
    country: string | null;
  }>(
    'SELECT type, value, label, country FROM reference_values WHERE set_id = $1 ORDER BY type, value LIMIT $2',
    [setId, limit],
  );
  return rows;
}

/** Hits per set in one operation (the set list shows how often each set matched). */
export async function hitCountsBySet(db: Queryable, operationId: string): Promise<Map<string, number>> {
  const { rows } = await db.query<{ setId: string; n: number }>(
    'SELECT set_id AS "setId", count(*)::int AS n FROM hits WHERE operation_id = $1 GROUP BY set_id',
    [operationId],
  );
  return new Map(rows.map((r) => [r.setId, r.n]));
}

/** A filter set imported earlier from the same owner's set (the header's setId), if any. */
export async function findFilterSetByOrigin(
  db: Queryable,
  originSetId: string,
  operationId: string | null,
): Promise<ReferenceSetRow | undefined> {
  const { rows } = await db.query<ReferenceSetRow>(
    `SELECT ${SET_COLUMNS} FROM reference_sets
      WHERE kind = 'filter' AND filter_header->>'setId' = $1 AND operation_id IS NOT DISTINCT FROM $2
      ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
    [originSetId, operationId],
  );
  return rows[0];
}

/** Swap in a newer filter file for the same set; the set's version becomes the filter's version. */
export async function replaceFilter(
  db: Queryable,
  setId: string,
  filter: {
    file: Uint8Array;
    header: unknown;
    keyId: string;
    version: number;
    validFrom: Date;
    validUntil: Date;
    n: number;
  },
): Promise<void> {
  await db.query(
    `UPDATE reference_sets SET filter_file = $2, filter_header = $3, filter_key_id = $4, version = $5,
            valid_from = $6, valid_until = $7, value_count = $8, updated_at = now() WHERE id = $1`,
    [
      setId,
      Buffer.from(filter.file),
      JSON.stringify(filter.header),
      filter.keyId,
      filter.version,
      filter.validFrom,
      filter.validUntil,
      filter.n,
    ],
  );
}

export async function setHasLeads(db: Queryable, setId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM hits WHERE set_id = $1 AND lead_id IS NOT NULL LIMIT 1', [
    setId,
  ]);
  return rows.length > 0;
}
