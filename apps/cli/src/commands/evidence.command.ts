import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EvidenceIndex, EvidenceStore, VerifyReport } from '@vigil/collect';
import type { Database } from '@vigil/db';
import type { RegisterCommand } from './index.ts';

/** The evidence module, loaded when a subcommand runs (not for `vigil --help` or other commands). */
const collect = () => import('@vigil/collect');
type Collect = Awaited<ReturnType<typeof collect>>;

/** The configured database and its data directory, opened for `work` and closed after. */
const withServerDatabase = async <T>(work: (dataDir: string, database: Database) => Promise<T>): Promise<T> =>
  (await import('../support/with-database.ts')).withDatabase((database, dataDir) => work(dataDir, database));

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
  const { EvidenceStore, verifyPassed, verifyStore } = await collect();
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

/** The evidence store and index of a `--dir` folder, or of the server (data directory + database). */
async function withEvidence(
  dir: string | undefined,
  work: (store: EvidenceStore, index: EvidenceIndex) => Promise<void>,
): Promise<void> {
  const { EvidenceStore, JsonlEvidenceIndex, PgEvidenceIndex } = await collect();
  if (dir) {
    const root = resolve(dir);
    if (!existsSync(resolve(root, 'evidence'))) {
      process.stderr.write(`vigil: no evidence store in ${root}\n`);
      process.exit(2);
    }
    return work(new EvidenceStore(root), new JsonlEvidenceIndex(root));
  }
  await withServerDatabase((dataDir, database) =>
    work(new EvidenceStore(dataDir), new PgEvidenceIndex(database.pool)),
  );
}

function refused(error: unknown, EvidenceAccessError: Collect['EvidenceAccessError']): void {
  if (!(error instanceof EvidenceAccessError) && !/not a sha256/.test((error as Error).message)) throw error;
  process.stderr.write(`vigil: ${(error as Error).message}\n`);
  process.exitCode = 1;
}

/** `vigil evidence verify|show|export`: integrity, and logged access to single objects. */
export const registerEvidence: RegisterCommand = (program) => {
  const evidence = program
    .command('evidence')
    .description('evidence store: verify integrity, show and export objects (logged in the custody chain)');
  evidence
    .command('show')
    .description('print an evidence record and its chain of custody (logged as access)')
    .argument('<sha256>', "the object's SHA-256 (lower-case hex)")
    .option('--dir <dir>', 'a folder made by `vigil crawl`/`vigil import` (default: the server)')
    .option('--as <name>', 'who looked (custody log)', process.env.USER ?? 'vigil-cli')
    .action(async (sha256: string, opts: { dir?: string; as: string }) => {
      const { accessEvidence, EvidenceAccessError } = await collect();
      await withEvidence(opts.dir, async (store, index) => {
        try {
          const { record, custody } = await accessEvidence(store, index, sha256, opts.as, 'cli');
          out(JSON.stringify(record, null, 2));
          for (const c of custody)
            out(
              `${String(c.seq).padStart(6)} ${c.at.toISOString()} ${c.action.padEnd(8)} ${c.actor} ${JSON.stringify(c.details ?? {})}`,
            );
        } catch (error) {
          refused(error, EvidenceAccessError);
        }
      });
    });
  evidence
    .command('export')
    .description('copy an evidence object out after re-hashing it (logged as export)')
    .argument('<sha256>', "the object's SHA-256 (lower-case hex)")
    .requiredOption('--out <file>', 'where to write the copy')
    .option('--dir <dir>', 'a folder made by `vigil crawl`/`vigil import` (default: the server)')
    .option('--as <name>', 'who exported (custody log)', process.env.USER ?? 'vigil-cli')
    .action(async (sha256: string, opts: { out: string; dir?: string; as: string }) => {
      const { exportEvidence, EvidenceAccessError } = await collect();
      await withEvidence(opts.dir, async (store, index) => {
        try {
          const record = await exportEvidence(store, index, sha256, resolve(opts.out), opts.as, 'cli');
          out(
            `exported ${record.kind} ${sha256} (${record.size} bytes, hash checked) to ${resolve(opts.out)}`,
          );
        } catch (error) {
          refused(error, EvidenceAccessError);
        }
      });
    });
  evidence
    .command('verify')
    .description('re-hash every evidence object and report mismatches, missing and unrecorded files')
    .option(
      '--dir <dir>',
      'a folder made by `vigil crawl`/`vigil import` (default: the server data directory and database)',
    )
    .option('--as <name>', 'who ran the check (custody log)', process.env.USER ?? 'vigil-cli')
    .action(async (opts: { dir?: string; as: string }) => {
      const { JsonlEvidenceIndex, PgEvidenceIndex } = await collect();
      let passed: boolean;
      if (opts.dir) {
        const dir = resolve(opts.dir);
        if (!existsSync(resolve(dir, 'evidence'))) {
          process.stderr.write(`vigil: no evidence store in ${dir}\n`);
          process.exit(2);
        }
        passed = await verify(dir, new JsonlEvidenceIndex(dir), opts.as);
      } else {
        passed = await withServerDatabase((dataDir, database) =>
          verify(dataDir, new PgEvidenceIndex(database.pool), opts.as),
        );
      }
      if (!passed) process.exitCode = 1;
    });
};
