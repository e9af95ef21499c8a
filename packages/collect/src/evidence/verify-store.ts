import type { EvidenceIndex } from './evidence-index.ts';
import { checkCustodyChain } from './evidence-index.ts';
import type { EvidenceStore } from './evidence-store.ts';

export interface VerifyReport {
  checked: number;
  ok: number;
  /** Recorded, present, but the bytes no longer hash to their name. */
  mismatched: { sha256: string; actual: string }[];
  /** Recorded, but no file. */
  missing: string[];
  /** Size on disk differs from the recorded size. */
  sizeChanged: { sha256: string; recorded: number; actual: number }[];
  /** In the store but in no record (run recovery). */
  unrecorded: string[];
  /** Files that lost their read-only mode. */
  writable: string[];
  /** Custody log entries where the hash chain breaks. */
  custodyBreaks: number[];
}

/** Re-hash every recorded object and compare store and index both ways. Reads only. */
export async function verifyStore(
  store: EvidenceStore,
  index: EvidenceIndex,
  options: { concurrency?: number } = {},
): Promise<VerifyReport> {
  const report: VerifyReport = {
    checked: 0,
    ok: 0,
    mismatched: [],
    missing: [],
    sizeChanged: [],
    unrecorded: [],
    writable: [],
    custodyBreaks: [],
  };
  const onDisk = new Map<string, { size: number; mode: number }>();
  for await (const o of store.objects()) onDisk.set(o.sha256, o);
  const recorded = new Set<string>();
  const queue: { sha256: string; size: number }[] = [];
  for await (const row of index.list()) {
    recorded.add(row.sha256);
    queue.push(row);
  }
  const work = async () => {
    for (let row = queue.pop(); row; row = queue.pop()) {
      report.checked++;
      const file = onDisk.get(row.sha256);
      if (!file) {
        report.missing.push(row.sha256);
        continue;
      }
      const actual = await store.hashOnDisk(row.sha256, file.size);
      if (actual !== row.sha256) report.mismatched.push({ sha256: row.sha256, actual });
      else if (file.size !== row.size)
        report.sizeChanged.push({ sha256: row.sha256, recorded: row.size, actual: file.size });
      else report.ok++;
      if (file.mode & 0o222) report.writable.push(row.sha256);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, work));
  for (const sha of onDisk.keys()) if (!recorded.has(sha)) report.unrecorded.push(sha);
  report.custodyBreaks = checkCustodyChain(await index.custody());
  return report;
}

export const verifyPassed = (r: VerifyReport): boolean =>
  r.mismatched.length +
    r.missing.length +
    r.sizeChanged.length +
    r.unrecorded.length +
    r.custodyBreaks.length ===
  0;
