import { randomUUID } from 'node:crypto';
import { sha256Hex } from './digest.ts';

export type EvidenceKind = 'warc' | 'screenshot' | 'image' | 'import';
export type CustodyAction = 'capture' | 'import' | 'access' | 'export' | 'verify' | 'recover';

/** The database's view of one stored object: what it is, where it came from, who captured it, when. */
export interface EvidenceRow {
  id: string;
  sha256: string;
  kind: EvidenceKind;
  size: number;
  mediaType: string;
  targetUri?: string | undefined;
  capturedAt: Date;
  capturedBy: string;
  operationId?: string | undefined;
  platformId?: string | undefined;
  crawlId?: string | undefined;
  /** WARC-Record-ID of the response record that items point at. */
  warcRecordId?: string | undefined;
  /** SHA-256 of the HTTP payload as received (for WARC captures). */
  payloadSha256?: string | undefined;
  /** Original file name for imports. */
  source?: string | undefined;
}

export type NewEvidence = Omit<EvidenceRow, 'id'>;

export interface CustodyEntry {
  evidenceSha256: string;
  action: CustodyAction;
  actor: string;
  at: Date;
  details?: Record<string, unknown>;
}

export interface CustodyRow extends CustodyEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * Where evidence rows and the chain-of-custody log live (PostgreSQL in production, memory in unit
 * tests). `record` is idempotent on sha256: storing the same bytes twice yields the same row.
 */
export interface EvidenceIndex {
  record(row: NewEvidence): Promise<{ id: string; created: boolean }>;
  get(sha256: string): Promise<EvidenceRow | undefined>;
  list(): AsyncIterable<EvidenceRow>;
  appendCustody(entry: CustodyEntry): Promise<CustodyRow>;
  custody(sha256?: string): Promise<CustodyRow[]>;
}

export const genesisHash = '0'.repeat(64);

/** JSON with sorted keys and no undefined, so a row read back from jsonb hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Each custody entry hashes its predecessor, so deleting or editing one breaks the chain. */
export function custodyHash(prevHash: string, entry: CustodyEntry): string {
  return sha256Hex(
    canonicalJson([
      prevHash,
      entry.evidenceSha256,
      entry.action,
      entry.actor,
      entry.at.toISOString(),
      entry.details ?? {},
    ]),
  );
}

/** Verify a custody chain; returns the seq numbers where it breaks. */
export function checkCustodyChain(rows: CustodyRow[]): number[] {
  const broken: number[] = [];
  let prev = genesisHash;
  for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
    if (row.prevHash !== prev || custodyHash(row.prevHash, row) !== row.hash) broken.push(row.seq);
    prev = row.hash;
  }
  return broken;
}

export class MemoryEvidenceIndex implements EvidenceIndex {
  readonly rows = new Map<string, EvidenceRow>();
  readonly log: CustodyRow[] = [];

  async record(row: NewEvidence) {
    const existing = this.rows.get(row.sha256);
    if (existing) return { id: existing.id, created: false };
    const id = randomUUID();
    this.rows.set(row.sha256, { id, ...row });
    return { id, created: true };
  }
  async get(sha256: string) {
    return this.rows.get(sha256);
  }
  async *list() {
    yield* this.rows.values();
  }
  async appendCustody(entry: CustodyEntry) {
    const prevHash = this.log.at(-1)?.hash ?? genesisHash;
    const row: CustodyRow = {
      ...entry,
      seq: this.log.length + 1,
      prevHash,
      hash: custodyHash(prevHash, entry),
    };
    this.log.push(row);
    return row;
  }
  async custody(sha256?: string) {
    return sha256 ? this.log.filter((r) => r.evidenceSha256 === sha256) : [...this.log];
  }
}
