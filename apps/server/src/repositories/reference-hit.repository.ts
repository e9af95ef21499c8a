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
  createdAt: Date;
}

const HIT_COLUMNS = `id, operation_id AS "operationId", set_id AS "setId", source_type AS "sourceType",
  source_id AS "sourceId", selector_type AS "selectorType", selector_value AS "selectorValue",
  matched_value AS "matchedValue", match_kind AS "matchKind", score, status, created_at AS "createdAt"`;

/** Record hits; a hit already recorded (same set, source, selector and matched value) is kept as it was. */
export async function insertHits(db: Queryable, hits: readonly NewHit[]): Promise<HitRow[]> {
  if (hits.length === 0) return [];
  const col = <K extends keyof NewHit>(k: K) => hits.map((h) => h[k]);
  const { rows } = await db.query<HitRow>(
    `INSERT INTO hits (operation_id, set_id, source_type, source_id, selector_type, selector_value, matched_value, match_kind, score)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::real[])
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
