import { mkdirSync, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CustodyEntry,
  type CustodyRow,
  custodyHash,
  type EvidenceIndex,
  type EvidenceRow,
  genesisHash,
  MemoryEvidenceIndex,
  type NewEvidence,
} from './evidence-index.ts';

function readLines<T>(path: string): T[] {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const out: T[] = [];
  // Only complete lines count: a line cut by a kill is ignored (its object is re-recorded by recovery).
  for (const line of text.slice(0, text.lastIndexOf('\n') + 1).split('\n'))
    if (line)
      try {
        out.push(JSON.parse(line) as T);
      } catch {
        // damaged line: ignored here, verify reports the object as unrecorded
      }
  return out;
}

/**
 * Evidence index for offline work without a database (`vigil crawl`, `vigil import` into a folder):
 * append-only JSON lines beside the store, `<dataDir>/evidence/records.jsonl` and `custody.jsonl`.
 */
export class JsonlEvidenceIndex implements EvidenceIndex {
  private readonly memory = new MemoryEvidenceIndex();
  private readonly recordsPath: string;
  private readonly custodyPath: string;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    const dir = join(dataDir, 'evidence');
    mkdirSync(dir, { recursive: true });
    this.recordsPath = join(dir, 'records.jsonl');
    this.custodyPath = join(dir, 'custody.jsonl');
    for (const r of readLines<EvidenceRow>(this.recordsPath))
      this.memory.rows.set(r.sha256, { ...r, capturedAt: new Date(r.capturedAt) });
    for (const c of readLines<CustodyRow>(this.custodyPath))
      this.memory.log.push({ ...c, at: new Date(c.at) });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  record(row: NewEvidence) {
    return this.serial(async () => {
      const result = await this.memory.record(row);
      if (result.created)
        await appendFile(this.recordsPath, `${JSON.stringify(this.memory.rows.get(row.sha256))}\n`);
      return result;
    });
  }
  get(sha256: string) {
    return this.memory.get(sha256);
  }
  list() {
    return this.memory.list();
  }
  appendCustody(entry: CustodyEntry) {
    return this.serial(async () => {
      const prevHash = this.memory.log.at(-1)?.hash ?? genesisHash;
      const row: CustodyRow = {
        ...entry,
        seq: this.memory.log.length + 1,
        prevHash,
        hash: custodyHash(prevHash, entry),
      };
      await appendFile(this.custodyPath, `${JSON.stringify(row)}\n`);
      this.memory.log.push(row);
      return row;
    });
  }
  custody(sha256?: string) {
    return this.memory.custody(sha256);
  }
}
