import type { Queryable } from './reference-set.repository.ts';

export interface NewHit {
  operationId: string | null;
  setId: string;
  sourceType: 'item' | 'person' | 'selector';
  sourceId: string;
  selectorType: string;
  selectorValue: string;
  matchedValue: string;
  matchKind: 'exact' | 'fuzzy' | 'filter';
  score: number;
}

export interface HitRow extends NewHit {
  id: string;
  status: string;
  setVersion: number;
  leadId: string | null;
  createdAt: Date;
}

/** A hit as listed for an operation: with the set's name, owner and handling (whom to contact). */
export interface HitListRow extends HitRow {
  setName: string;
  setOwnerCountry: string;
  setHandling: string;
  setKind: 'plain' | 'filter';
  currentSetVersion: number;
  /** Handling of the item or person that matched (null for a bare selector). */
  sourceOwnerCountry: string | null;
  sourceHandling: string | null;
  sourceSharedWith: string[] | null;
  /** For people: suspect | victim | username (victims need their own permission). */
  sourceRole: string | null;
}

const hitColumns = (t: string) => `${t}id, ${t}operation_id AS "operationId", ${t}set_id AS "setId",
  ${t}source_type AS "sourceType", ${t}source_id AS "sourceId", ${t}selector_type AS "selectorType",
  ${t}selector_value AS "selectorValue", ${t}matched_value AS "matchedValue", ${t}match_kind AS "matchKind",
  ${t}score, ${t}status, ${t}set_version AS "setVersion", ${t}lead_id AS "leadId", ${t}created_at AS "createdAt"`;
const HIT_COLUMNS = hitColumns('');

/**
 * Record hits, each stamped with the set's current version; a hit already recorded (same set,
 * source, selector and matched value) is kept as it was.
 */
export async function insertHits(db: Queryable, hits: readonly NewHit[]): Promise<HitRow[]> {
  if (hits.length === 0) return [];
  const col = <K extends keyof NewHit>(k: K) => hits.map((h) => h[k]);
  const { rows } = await db.query<HitRow>(
    `INSERT INTO hits (operation_id, set_id, source_type, source_id, selector_type, selector_value, matched_value, match_kind, score, set_version)
     SELECT u.*, s.version
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::real[])
            AS u(operation_id, set_id, source_type, source_id, selector_type, selector_value, matched_value, match_kind, score)
       JOIN reference_sets s ON s.id = u.set_id
     ON CONFLICT DO NOTHING RETURNING ${HIT_COLUMNS}`,
    [
      col('operationId'),
      col('setId'),
      col('sourceType'),
      col('sourceId'),
      col('selectorType'),
      col('selectorValue'),
      col('matchedValue'),
      col('matchKind'),
      col('score'),
    ],
  );
  return rows;
}

const HIT_LIST_SELECT = `SELECT ${hitColumns('h.')},
            s.name AS "setName", s.owner_country AS "setOwnerCountry", s.handling AS "setHandling",
            s.kind AS "setKind", s.version AS "currentSetVersion",
            coalesce(i.owner_country, p.owner_country) AS "sourceOwnerCountry",
            coalesce(i.handling, p.handling) AS "sourceHandling",
            coalesce(i.shared_with, p.shared_with) AS "sourceSharedWith", p.role AS "sourceRole"
       FROM hits h JOIN reference_sets s ON s.id = h.set_id
       LEFT JOIN items i ON h.source_type = 'item' AND i.id::text = h.source_id
       LEFT JOIN people p ON h.source_type = 'person' AND p.id::text = h.source_id`;

/**
 * Hits of one operation, newest first, with the set each came through and the source's handling.
 * `before` is a hit id (keyset cursor): only hits listed after it are returned, so pages never
 * repeat or skip a hit while new ones arrive. A cursor that is not a hit of the operation gives [].
 */
export async function listOperationHits(
  db: Queryable,
  operationId: string,
  limit: number,
  before?: string,
): Promise<HitListRow[]> {
  const after = before
    ? `AND (h.created_at, h.score, h.id) < (SELECT c.created_at, c.score, c.id FROM hits c WHERE c.id = $3 AND c.operation_id = $1)`
    : '';
  const { rows } = await db.query<HitListRow>(
    `${HIT_LIST_SELECT} WHERE h.operation_id = $1 ${after}
      ORDER BY h.created_at DESC, h.score DESC, h.id DESC LIMIT $2`,
    before ? [operationId, limit, before] : [operationId, limit],
  );
  return rows;
}

/** One hit as listed (set and source handling included). */
export async function findListedHit(db: Queryable, hitId: string): Promise<HitListRow | undefined> {
  const { rows } = await db.query<HitListRow>(`${HIT_LIST_SELECT} WHERE h.id = $1`, [hitId]);
  return rows[0];
}

export async function findHit(db: Queryable, hitId: string): Promise<HitRow | undefined> {
  const { rows } = await db.query<HitRow>(`SELECT ${HIT_COLUMNS} FROM hits WHERE id = $1`, [hitId]);
  return rows[0];
}

/**
 * Who holds the things that matched: the owner countries of the items and people behind the hits
 * (for deconfliction alerts to the set owner; only countries, never the records).
 */
export async function hitSourceCountries(db: Queryable, hitIds: readonly string[]): Promise<string[]> {
  if (hitIds.length === 0) return [];
  const { rows } = await db.query<{ country: string }>(
    `SELECT DISTINCT coalesce(i.owner_country, p.owner_country) AS country
       FROM hits h
       LEFT JOIN items i ON h.source_type = 'item' AND i.id::text = h.source_id
       LEFT JOIN people p ON h.source_type = 'person' AND p.id::text = h.source_id
      WHERE h.id = ANY($1::uuid[]) AND coalesce(i.owner_country, p.owner_country) IS NOT NULL`,
    [hitIds],
  );
  return rows.map((r) => r.country).sort();
}

export async function listHits(
  db: Queryable,
  filter: { setId?: string; operationId?: string },
): Promise<HitRow[]> {
  const { rows } = await db.query<HitRow>(
    `SELECT ${HIT_COLUMNS} FROM hits
     WHERE ($1::uuid IS NULL OR set_id = $1) AND ($2::uuid IS NULL OR operation_id = $2)
     ORDER BY score DESC, created_at`,
    [filter.setId ?? null, filter.operationId ?? null],
  );
  return rows;
}

/**
 * Turn a hit into a lead in one step: the lead names the set and its owner country, points back at
 * the hit, and the hit is marked 'lead'. Returns the lead id, or undefined when the hit does not
 * exist or already became a lead.
 */
export async function createLeadFromHit(
  db: Queryable,
  hitId: string,
  lead: { operationId: string; ownerCountry: string; handling: string; createdBy: string | null },
): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `WITH h AS (
       SELECT h.id, h.selector_type, h.selector_value, h.match_kind, h.score, s.name AS set_name, s.owner_country AS set_owner
         FROM hits h JOIN reference_sets s ON s.id = h.set_id
        WHERE h.id = $1 AND h.lead_id IS NULL FOR UPDATE OF h
     ), lead AS (
       INSERT INTO leads (operation_id, title, summary, source_type, source_id, owner_country, handling, created_by)
       SELECT $2, h.selector_type || ' ' || h.selector_value || ' in ' || h.set_name,
              h.match_kind || ' hit (score ' || round(h.score::numeric, 2) || ') against "' || h.set_name ||
              '" owned by ' || h.set_owner ||
              CASE WHEN h.match_kind = 'filter' THEN ': the owner may know this selector; confirm with them' ELSE '' END,
              'hit', h.id::text, $3, $4, $5
         FROM h RETURNING id
     )
     UPDATE hits SET status = 'lead', lead_id = (SELECT id FROM lead) WHERE id = $1 AND EXISTS (SELECT 1 FROM lead)
     RETURNING lead_id AS id`,
    [hitId, lead.operationId, lead.ownerCountry, lead.handling, lead.createdBy],
  );
  return rows[0]?.id;
}
