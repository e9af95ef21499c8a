import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { MatchQuery, ReferenceMatcher, ReferenceValueType } from '@vigil/analysis';
import { InvalidArgumentError } from 'commander';
import type { RegisterCommand } from './index.ts';

interface MatchOptions {
  sets: string[];
  keyFile?: string;
  country?: string;
  threshold: number;
}

interface Query extends MatchQuery {
  /** Where the value came from: an item id, or the line of a selector file. */
  source: string;
}

/** The analysis engine, loaded when `vigil match` runs (not for `vigil --help` or other commands). */
const analysis = () => import('@vigil/analysis');

/** Load plain set files and filter files into one in-memory matcher. */
export async function loadMatcher(
  files: readonly string[],
  keyText: string | undefined,
  country: string | undefined,
  now: Date,
): Promise<ReferenceMatcher> {
  const { canonicalize, decodeFilterFile, FILTER_MAGIC, parseFilterKey, parseSetFile, ReferenceMatcher } =
    await analysis();
  const isFilterFile = (bytes: Buffer) => bytes.subarray(0, 8).toString('latin1') === FILTER_MAGIC;
  const matcher = new ReferenceMatcher();
  const key = keyText === undefined ? undefined : parseFilterKey(keyText);
  for (const file of files) {
    const bytes = readFileSync(file);
    if (isFilterFile(bytes)) {
      if (!key) throw new Error(`${file} is a filter: give the sharing group's key with --key-file`);
      matcher.addFilter(decodeFilterFile(bytes, key, now));
    } else {
      const set = parseSetFile(bytes.toString('utf8'), {
        canonicalize,
        fileName: file,
        ...(country ? { country } : {}),
      });
      matcher.addSet({ id: basename(file), name: basename(file), ownerCountry: '-' }, set.values);
    }
  }
  return matcher;
}

/**
 * What to match: items (JSON lines with `text`, analysed here, or `vigil scan` output with
 * `selectors`) or a file of typed selectors in any set file format.
 */
export async function readQueries(
  text: string,
  fileName: string,
  country: string | undefined,
): Promise<Query[]> {
  const { analyzeItem, canonicalize, parseSetFile } = await analysis();
  const first =
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split('\n', 1)[0] ?? '';
  const looksLikeItems = first.startsWith('{') && /"(text|selectors)"\s*:/.test(first);
  if (!looksLikeItems) {
    const set = parseSetFile(text, { canonicalize, fileName, ...(country ? { country } : {}) });
    return set.values.map((v) => ({ type: v.type, value: v.value, source: v.raw }));
  }
  const queries: Query[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch {
      throw new Error(`${fileName} line ${i + 1}: not a JSON object`);
    }
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `line ${i + 1}`;
    if (Array.isArray(row.selectors)) {
      for (const s of row.selectors as { type?: unknown; value?: unknown }[]) {
        if (typeof s?.type === 'string' && typeof s.value === 'string')
          queries.push({ type: s.type as ReferenceValueType, value: s.value, source: id });
      }
    } else if (typeof row.text === 'string') {
      const item = { ...(row as object), id, text: row.text } as Parameters<typeof analyzeItem>[0];
      for (const s of analyzeItem(item, country ? { defaultCountry: country } : {}).selectors)
        queries.push({ type: s.type, value: s.value, source: id });
    }
  });
  return queries;
}

function threshold(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('expected a number in (0, 1]');
  return n;
}

/** `vigil match FILE --sets …`: offline cross-check of items or selectors against set files and filters. */
export const registerMatch: RegisterCommand = (program) => {
  program
    .command('match')
    .description(
      'match a file of items (JSON lines) or typed selectors against set files and filters, offline',
    )
    .argument('<file>', 'items as JSON lines, `vigil scan` output, or a CSV/JSON/FtM/MISP file of selectors')
    .requiredOption('--sets <files...>', 'plain set files (CSV, JSON, FtM, MISP) and/or filter files')
    .option('--key-file <file>', "the sharing group's filter key (needed for filter files)")
    .option('--country <code>', 'default region for phone numbers without a country code, e.g. NL')
    .option('--threshold <score>', 'lowest fuzzy score reported', threshold, 0.6)
    .action(async (file: string, options: MatchOptions) => {
      const now = new Date();
      const keyText = options.keyFile ? readFileSync(options.keyFile, 'utf8') : undefined;
      const matcher = await loadMatcher(options.sets, keyText, options.country, now);
      const queries = await readQueries(readFileSync(file, 'utf8'), file, options.country);
      const counts = { exact: 0, fuzzy: 0, filter: 0 };
      for (const q of queries) {
        for (const hit of matcher.match(q, options.threshold)) {
          counts[hit.kind]++;
          const line = {
            source: q.source,
            type: q.type,
            value: q.value,
            set: hit.set.name,
            kind: hit.kind,
            score: Math.round(hit.score * 1e4) / 1e4,
            ...(hit.matched ? { matched: hit.matched.value, label: hit.matched.label } : {}),
            ...(hit.note ? { note: hit.note } : {}),
          };
          process.stdout.write(`${JSON.stringify(line)}\n`);
        }
      }
      process.stderr.write(
        `${queries.length} selectors checked: ${counts.exact} exact, ${counts.fuzzy} fuzzy, ${counts.filter} filter hits\n`,
      );
    });
};
