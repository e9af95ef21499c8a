import { resolve } from 'node:path';
import type { RegisterCommand } from './index.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

/** `vigil import`: bring JSONL, CSV, HTML or WARC captures made elsewhere into a folder with evidence. */
export const registerImport: RegisterCommand = (program) => {
  program
    .command('import')
    .description(
      'import captures made elsewhere (JSONL, CSV, HTML, WARC) with evidence; importing twice adds nothing',
    )
    .argument('<files...>', '.jsonl, .csv, .html or .warc(.gz) files')
    .option('--out <dir>', 'folder with the evidence store and items.jsonl', 'vigil-crawl')
    .option('--as <name>', 'capturer recorded in evidence and custody', process.env.USER ?? 'vigil-cli')
    .option(
      '--operation <id>',
      'import into this operation of the database (analysis, live feed) instead of a folder',
    )
    .option('--platform <id>', 'with --operation: the platform the captures come from')
    .option(
      '--owner-country <cc>',
      "with --operation: country owning the items (default: the administrator's)",
    )
    .action(
      async (
        files: string[],
        opts: { out: string; as: string; operation?: string; platform?: string; ownerCountry?: string },
      ) => {
        const {
          detectFormat,
          EvidenceStore,
          EvidenceWriter,
          importFile,
          JsonlEvidenceIndex,
          JsonlItemSink,
          loadAnalyzer,
          recoverStore,
        } = await import('@vigil/collect');
        const unknown = files.filter((f) => !detectFormat(f));
        if (unknown.length) {
          process.stderr.write(
            `vigil: cannot tell the format of ${unknown.join(', ')} (use .jsonl, .csv, .html or .warc)\n`,
          );
          process.exit(2);
        }
        if (opts.operation) return importIntoDatabase(files, { ...opts, operation: opts.operation });
        const dir = resolve(opts.out);
        const store = new EvidenceStore(dir);
        const index = new JsonlEvidenceIndex(dir);
        await recoverStore(store, index, opts.as);
        const analyze = await loadAnalyzer();
        const sink = await JsonlItemSink.open(resolve(dir, 'items.jsonl'));
        const writer = new EvidenceWriter(store, index);
        for (const file of files) {
          const s = await importFile(file, {
            writer,
            sink,
            capturedBy: opts.as,
            ...(analyze ? { analyze } : {}),
          });
          out(
            `${file}: ${s.format}, ${s.items} items (${s.newItems} new), evidence sha256:${s.evidenceSha256}${s.evidenceCreated ? '' : ' (already stored)'}`,
          );
          for (const k of s.skipped.slice(0, 20)) out(`  skipped ${k.at}: ${k.reason}`);
          if (s.skipped.length > 20) out(`  ... ${s.skipped.length - 20} more skipped`);
        }
      },
    );
};

/** Into the server's evidence store and database, acting as the first administrator (like `vigil demo`). */
async function importIntoDatabase(
  files: string[],
  opts: { operation: string; platform?: string; ownerCountry?: string },
): Promise<void> {
  const { administratorActor, importCaptureFiles, loadConfig } = await import('@vigil/server');
  const { withDatabase } = await import('../support/with-database.ts');
  const config = loadConfig();
  await withDatabase(async (database) => {
    const actor = await administratorActor(database);
    try {
      const results = await importCaptureFiles({ database, eventsCommitted: () => undefined }, actor, {
        operationId: opts.operation,
        files: files.map((f) => resolve(f)),
        dataDir: config.dataDir,
        ...(opts.platform ? { platformId: opts.platform } : {}),
        ...(opts.ownerCountry ? { ownerCountry: opts.ownerCountry.toUpperCase() } : {}),
      });
      for (const s of results) {
        out(
          `${s.file}: ${s.format}, ${s.items} items (${s.stored} new in operation ${opts.operation}), evidence sha256:${s.evidenceSha256}${s.evidenceCreated ? '' : ' (already stored)'}`,
        );
        for (const k of [
          ...s.skipped.map((k) => `${k.at}: ${k.reason}`),
          ...s.rejected.map((r) => `${r.url}: ${r.reason}`),
        ].slice(0, 20))
          out(`  skipped ${k}`);
      }
    } catch (error) {
      process.stderr.write(`vigil: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  });
}
