import { resolve } from 'node:path';
import {
  detectFormat,
  EvidenceStore,
  EvidenceWriter,
  importFile,
  JsonlEvidenceIndex,
  JsonlItemSink,
  loadAnalyzer,
  recoverStore,
} from '@vigil/collect';
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
    .action(async (files: string[], opts: { out: string; as: string }) => {
      const unknown = files.filter((f) => !detectFormat(f));
      if (unknown.length) {
        process.stderr.write(
          `vigil: cannot tell the format of ${unknown.join(', ')} (use .jsonl, .csv, .html or .warc)\n`,
        );
        process.exit(2);
      }
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
    });
};
