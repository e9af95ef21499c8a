import type { Queryable } from './reference-set.repository.ts';

/** A sharing group's filter key as listed: never the key material itself. */
export interface SharingKeyRow {
  id: string;
  sharingGroup: string;
  keyId: string;
  note: string;
  createdBy: string | null;
  createdAt: Date;
  exportedAt: Date | null;
  revokedAt: Date | null;
}

const KEY_COLUMNS = `id, sharing_group AS "sharingGroup", key_id AS "keyId", note, created_by AS "createdBy",
  created_at AS "createdAt", exported_at AS "exportedAt", revoked_at AS "revokedAt"`;

export async function insertSharingKey(
  db: Queryable,
  key: { sharingGroup: string; keyId: string; material: Uint8Array; note: string; createdBy: string | null },
): Promise<SharingKeyRow> {
  const { rows } = await db.query<SharingKeyRow>(
    `INSERT INTO sharing_group_keys (sharing_group, key_id, key_material, note, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${KEY_COLUMNS}`,
    [key.sharingGroup, key.keyId, Buffer.from(key.material), key.note, key.createdBy],
  );
  return rows[0]!;
}

export async function listSharingKeys(db: Queryable): Promise<SharingKeyRow[]> {
  const { rows } = await db.query<SharingKeyRow>(
    `SELECT ${KEY_COLUMNS} FROM sharing_group_keys ORDER BY sharing_group, created_at DESC`,
  );
  return rows;
}

/** The newest key of a group that is not revoked, with its material (server-side use only). */
export async function activeSharingKey(
  db: Queryable,
  sharingGroup: string,
): Promise<(SharingKeyRow & { material: Uint8Array }) | undefined> {
  const { rows } = await db.query<SharingKeyRow & { material: Buffer }>(
    `SELECT ${KEY_COLUMNS}, key_material AS material FROM sharing_group_keys
      WHERE sharing_group = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
    [sharingGroup],
  );
  const row = rows[0];
  return row ? { ...row, material: new Uint8Array(row.material) } : undefined;
}

/** Key material by public key id (filters name the key that made them); revoked keys excluded. */
export async function sharingKeysById(
  db: Queryable,
  keyIds: readonly string[],
): Promise<Map<string, Uint8Array>> {
  if (keyIds.length === 0) return new Map();
  const { rows } = await db.query<{ keyId: string; material: Buffer }>(
    `SELECT key_id AS "keyId", key_material AS material FROM sharing_group_keys
      WHERE key_id = ANY($1::text[]) AND revoked_at IS NULL`,
    [keyIds],
  );
  return new Map(rows.map((r) => [r.keyId, new Uint8Array(r.material)]));
}

/** Read a key for an explicit export and remember when it left the server. */
export async function exportSharingKey(
  db: Queryable,
  id: string,
): Promise<(SharingKeyRow & { material: Uint8Array }) | undefined> {
  const { rows } = await db.query<SharingKeyRow & { material: Buffer }>(
    `UPDATE sharing_group_keys SET exported_at = now() WHERE id = $1
     RETURNING ${KEY_COLUMNS}, key_material AS material`,
    [id],
  );
  const row = rows[0];
  return row ? { ...row, material: new Uint8Array(row.material) } : undefined;
}

export async function revokeSharingKey(db: Queryable, id: string): Promise<boolean> {
  const result = await db.query(
    'UPDATE sharing_group_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
    [id],
  );
  return (result.rowCount ?? 0) > 0;
}
