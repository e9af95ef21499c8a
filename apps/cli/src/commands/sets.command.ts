import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SetFileFormat } from '@vigil/analysis';
import type { Database } from '@vigil/db';
import { type Command, InvalidArgumentError } from 'commander';
import type { RegisterCommand } from './index.ts';

function date(value: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new InvalidArgumentError('expected a date, e.g. 2027-01-31 or 2027-01-31T12:00:00Z');
  return d;
}

function country(value: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code))
    throw new InvalidArgumentError('expected an ISO 3166-1 alpha-2 code, e.g. NL');
  return code;
}

function rate(value: string): number {
  const n = Number(value);
  if (!(n > 0 && n < 0.5)) throw new InvalidArgumentError('expected a false-positive rate such as 1e-6');
  return n;
}

function format(value: string): SetFileFormat {
  if (!['csv', 'json', 'ftm', 'misp'].includes(value))
    throw new InvalidArgumentError('expected csv, json, ftm or misp');
  return value as SetFileFormat;
}

/** The modules behind the subcommands, loaded when one runs (not for `vigil --help` or other commands). */
const analysis = () => import('@vigil/analysis');
const server = () => import('@vigil/server');

const withDatabase = async <T>(work: (database: Database) => Promise<T>): Promise<T> =>
  (await import('../support/with-database.ts')).withDatabase(work);

const out = (line: string) => process.stdout.write(`${line}\n`);

function registerImport(sets: Command): void {
  sets
    .command('import')
    .description(
      'import a set file (CSV, JSON, FollowTheMoney, MISP) or a filter file; retro-hunts stored selectors',
    )
    .argument('<file>', 'set file, or a .vgf filter file from another country')
    .option('--name <name>', 'set name (default: the file name)')
    .option('--owner-country <code>', 'country that owns the set', country)
    .option('--handling <code>', 'handling code: operation, countries, owner, tlp:…', 'owner')
    .option('--valid-from <date>', 'start of validity (default: now)', date)
    .option('--valid-until <date>', 'end of validity', date)
    .option('--country <code>', 'default region for phone numbers without a country code', country)
    .option('--format <format>', 'csv, json, ftm or misp (default: guessed)', format)
    .option('--operation <id>', 'only for this operation (default: every operation)')
    .option('--key-file <file>', "sharing group's key, for filter files (default: the server's key store)")
    .action(async (file: string, o: Record<string, string | Date | undefined>) => {
      const { FILTER_MAGIC, parseFilterKey } = await analysis();
      const { importFilterSet, importSetFile, keyForFilterFile } = await server();
      const bytes = readFileSync(file);
      const now = new Date();
      await withDatabase(async ({ pool }) => {
        if (bytes.subarray(0, 8).toString('latin1') === FILTER_MAGIC) {
          const key = o.keyFile
            ? parseFilterKey(readFileSync(o.keyFile as string, 'utf8'))
            : await keyForFilterFile(pool, bytes);
          const r = await importFilterSet(pool, {
            file: bytes,
            key,
            now,
            handling: o.handling as string,
            operationId: (o.operation as string) ?? null,
          });
          out(
            `imported filter "${r.header.setName}" v${r.header.filterVersion} of ${r.header.ownerCountry} (${r.header.n} values, fp rate ${r.header.fpRate.toExponential(2)}, expires ${r.header.expiresAt}) as set ${r.setId}`,
          );
          out(`retro-hunt: ${r.retroHunt.filter} filter hits in ${r.retroHunt.seconds.toFixed(1)} s`);
          return;
        }
        if (!o.ownerCountry) throw new Error('give the owner country with --owner-country');
        const r = await importSetFile(pool, {
          text: bytes.toString('utf8'),
          fileName: file,
          name: (o.name as string) ?? basename(file),
          ownerCountry: o.ownerCountry as string,
          handling: o.handling as string,
          ...(o.validFrom ? { validFrom: o.validFrom as Date } : {}),
          validUntil: (o.validUntil as Date) ?? null,
          operationId: (o.operation as string) ?? null,
          ...(o.country ? { country: o.country as string } : {}),
          ...(o.format ? { format: o.format as SetFileFormat } : {}),
          now,
        });
        out(
          `imported ${r.values} values (${r.format}; ${r.duplicates} duplicates collapsed, ${r.skipped} rows of other types skipped) as set ${r.setId}`,
        );
        out(
          `retro-hunt: ${r.retroHunt.exact} exact and ${r.retroHunt.fuzzy} fuzzy hits in ${r.retroHunt.seconds.toFixed(1)} s`,
        );
      });
    });
}

function registerExport(sets: Command): void {
  sets
    .command('export')
    .description('export a set as a keyed-hash filter for a sharing group')
    .argument('<set>', 'set name or id')
    .requiredOption('--filter', 'write a keyed-hash Bloom filter (the only export format)')
    .option(
      '--key-file <file>',
      "the sharing group's key (default: the group's key in the server's key store)",
    )
    .requiredOption('--expires <date>', 'when the filter stops being usable', date)
    .option('--fp-rate <rate>', 'stated false-positive rate', rate, 1e-6)
    .option('--sharing-group <id>', 'sharing group the key belongs to', 'default')
    .option('--contact <text>', 'whom to contact to confirm a hit')
    .option('--out <file>', 'output file (default: <set>.vgf)')
    .action(
      async (
        setName: string,
        o: {
          keyFile?: string;
          expires: Date;
          fpRate: number;
          sharingGroup: string;
          contact?: string;
          out?: string;
        },
      ) => {
        const { parseFilterKey } = await analysis();
        const { exportSetFilter, groupKey } = await server();
        await withDatabase(async ({ pool }) => {
          const key = o.keyFile
            ? parseFilterKey(readFileSync(o.keyFile, 'utf8'))
            : await groupKey(pool, o.sharingGroup);
          const { file, header } = await exportSetFilter(pool, setName, {
            key,
            fpRate: o.fpRate,
            expiresAt: o.expires,
            sharingGroupId: o.sharingGroup,
            now: new Date(),
            ...(o.contact ? { contact: o.contact } : {}),
          });
          const target = o.out ?? `${header.setName.replace(/[^\w.-]+/g, '_')}.vgf`;
          writeFileSync(target, file);
          out(
            `wrote ${target}: ${header.n} values, m=${header.m} bits, k=${header.k}, stated fp rate ${header.fpRate.toExponential(2)}, key ${header.keyId}, expires ${header.expiresAt}`,
          );
        });
      },
    );
}

/** `vigil sets …`: reference sets (watchlists), their filters and filter keys. */
export const registerSets: RegisterCommand = (program) => {
  const sets = program
    .command('sets')
    .description('reference sets: watchlists and privacy-preserving filters');
  registerImport(sets);
  registerExport(sets);
  sets
    .command('keygen')
    .description(
      'make a new 256-bit filter key for a sharing group: kept in the server (--store) or written to a key file (--out)',
    )
    .option('--out <file>', 'key file to write (share it out of band, never with a filter)')
    .option('--store <group>', "keep the key in the server's key store as the group's key in use")
    .option('--note <text>', 'a note kept with the key, e.g. who shares it')
    .action(async (o: { out?: string; store?: string; note?: string }) => {
      if (Boolean(o.out) === Boolean(o.store))
        throw new Error('give exactly one of --out <file> or --store <group>');
      const { formatFilterKey } = await analysis();
      if (o.store) {
        const { storeNewGroupKey } = await server();
        const group = o.store;
        const row = await withDatabase(({ pool }) =>
          storeNewGroupKey(pool, { sharingGroup: group, ...(o.note ? { note: o.note } : {}) }),
        );
        out(
          `stored a new key for sharing group "${row.sharingGroup}" (key id ${row.keyId}); it is not shown`,
        );
        return;
      }
      const key = new Uint8Array(randomBytes(32));
      writeFileSync(o.out!, formatFilterKey(key, o.note), { mode: 0o600, flag: 'wx' });
      out(`wrote ${o.out} (key id ${formatFilterKey(key).match(/key ([0-9a-f]{16})/)?.[1]})`);
    });
  sets
    .command('list')
    .description('list reference sets')
    .action(async () => {
      const { listSets } = await server();
      await withDatabase(async ({ pool }) => {
        for (const s of await listSets(pool)) {
          const until = s.validUntil ? s.validUntil.toISOString().slice(0, 10) : 'open';
          out(
            `${s.id}  ${s.kind.padEnd(6)} ${s.ownerCountry}  ${String(s.valueCount).padStart(10)}  until ${until}  ${s.name}`,
          );
        }
      });
    });
};
