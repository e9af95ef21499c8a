import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type EvidenceIndex,
  EvidenceStore,
  JsonlEvidenceIndex,
  PgEvidenceIndex,
  type VerifyReport,
  verifyPassed,
  verifyStore,
} from '@vigil/collect';
import { openDatabase } from '@vigil/db';
import { loadConfig } from '@vigil/server';
import type { RegisterCommand } from './index.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

function print(report: VerifyReport): void {
  out(`checked ${report.checked} objects: ${report.ok} intact`);
  for (const m of report.mismatched) out(`MISMATCH ${m.sha256} now hashes to ${m.actual}`);
  for (const s of report.missing) out(`MISSING  ${s}`);
  for (const s of report.sizeChanged)
    out(`SIZE     ${s.sha256} recorded ${s.recorded} bytes, now ${s.actual}`);
  for (const s of report.unrecorded) out(`UNRECORDED ${s} (in the store but in no record)`);
  for (const s of report.writable) out(`WRITABLE ${s} (lost its read-only mode)`);
  for (const s of report.custodyBreaks) out(`CUSTODY  chain broken at entry ${s}`);
}

async function verify(dir: string, index: EvidenceIndex, actor: string): Promise<boolean> {
  const report = await verifyStore(new EvidenceStore(dir), index);
  print(report);
  const passed = verifyPassed(report);
  await index.appendCustody({
    evidenceSha256: '*',
    action: 'verify',
    actor,
    at: new Date(),
    details: { checked: report.checked, ok: report.ok, passed },
  });
  out(passed ? 'evidence store verified: no mismatch' : 'evidence store verification FAILED');
  return passed;
}

/** `vigil evidence verify`: re-hash every stored object and compare store, records and custody chain. */
export const registerEvidence: RegisterCommand = (program) => {
  const evidence = program.command('evidence').description('evidence store: verify integrity');
  evidence
    .command('verify')
    .description('re-hash every evidence object and report mismatches, missing and unrecorded files')
    .option(
      '--dir <dir>',
      'a folder made by `vigil crawl`/`vigil import` (default: the server data directory and database)',
    )
    .option('--as <name>', 'who ran the check (custody log)', process.env.USER ?? 'vigil-cli')
    .action(async (opts: { dir?: string; as: string }) => {
      let passed: boolean;
      if (opts.dir) {
        const dir = resolve(opts.dir);
        if (!existsSync(resolve(dir, 'evidence'))) {
          process.stderr.write(`vigil: no evidence store in ${dir}\n`);
          process.exit(2);
        }
        passed = await verify(dir, new JsonlEvidenceIndex(dir), opts.as);
      } else {
        const config = loadConfig();
        const database = await openDatabase({
          databaseUrl: config.databaseUrl,
          dataDir: config.dataDir,
          schemaName: config.dbSchema,
        });
        try {
          passed = await verify(config.dataDir, new PgEvidenceIndex(database.pool), opts.as);
        } finally {
          await database.close();
        }
      }
      if (!passed) process.exitCode = 1;
    });
};
