import { resolve } from 'node:path';
import type { CapturedItem } from '@vigil/collect';
import { InvalidArgumentError } from 'commander';
import type { RegisterCommand } from './index.ts';

export function torProxy(value: string): { host: string; port: number } {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\]):(\d{1,5})$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected IP:port of a SOCKS5 proxy, e.g. 127.0.0.1:9050');
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}

export function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

const out = (line: string) => process.stdout.write(`${line}\n`);

function printItem(item: CapturedItem): void {
  const a = item.analysis;
  const head = a ? `[${String(a.score).padStart(3)}] ${a.kind.padEnd(14)}` : '[  -]';
  out(`${head} ${item.title.slice(0, 80) || '(no title)'}  ${item.url}`);
  for (const r of a?.reasons.slice(0, 4) ?? [])
    out(`        ${r.points >= 0 ? '+' : ''}${r.points} ${r.label}`);
}

/** `vigil crawl`: crawl one platform into a folder with full evidence, printing the offline analysis. */
export const registerCrawl: RegisterCommand = (program) => {
  program
    .command('crawl')
    .description(
      'crawl a platform (adapter JSON file or URL) into a folder with WARC evidence; prints the analysis',
    )
    .argument('<target>', 'adapter .json file, or a platform URL for the generic adapter')
    .option('--out <dir>', 'output folder (evidence store, items.jsonl)', 'vigil-crawl')
    .option('--tor <ip:port>', 'SOCKS5 proxy for .onion and Tor-pinned platforms', torProxy)
    .option('--max-pages <n>', 'stop after this many pages', positive)
    .option('--as <name>', 'capturer recorded in evidence and custody', process.env.USER ?? 'vigil-cli')
    .option('--quiet', 'do not print each page')
    .option(
      '--platform <id>',
      'queue the crawl of this registered platform for `vigil worker` (database, live feed)',
    )
    .action(
      async (
        target: string,
        opts: {
          out: string;
          tor?: { host: string; port: number };
          maxPages?: number;
          as: string;
          quiet?: boolean;
          platform?: string;
        },
      ) => {
        const { AdapterError, crawlToDirectory } = await import('@vigil/collect');
        try {
          if (opts.platform) return await queueCrawl(target, opts.platform, opts.maxPages);
          const { summary, newItems, analysed } = await crawlToDirectory({
            target,
            outDir: resolve(opts.out),
            capturedBy: opts.as,
            ...(opts.tor ? { tor: opts.tor } : {}),
            ...(opts.maxPages ? { maxPages: opts.maxPages } : {}),
            ...(opts.quiet
              ? {}
              : {
                  log: (l) =>
                    out(
                      `${l.outcome.padEnd(5)} ${l.status ?? '   '} ${l.url}${l.reason ? `  (${l.reason})` : ''}`,
                    ),
                }),
          });
          out(
            `\n${summary.pages} pages, ${summary.items} items (${summary.newItems} new), ${summary.bytes} bytes; stopped: ${summary.stoppedBy}`,
          );
          const failures = Object.entries(summary.failures);
          if (failures.length) out(`failures: ${failures.map(([k, v]) => `${k} ${v}`).join(', ')}`);
          if (!analysed) out('analysis engine (analyzeItem) not available: items stored unscored');
          const sorted = [...newItems].sort((a, b) => (b.analysis?.score ?? 0) - (a.analysis?.score ?? 0));
          for (const item of sorted.slice(0, 50)) printItem(item);
          out(`\nevidence: ${resolve(opts.out, 'evidence')}   items: ${resolve(opts.out, 'items.jsonl')}`);
        } catch (error) {
          if (error instanceof AdapterError || /no such adapter/.test((error as Error).message)) {
            process.stderr.write(`vigil: ${(error as Error).message}\n`);
            process.exit(2);
          }
          throw error;
        }
      },
    );
};

/** Queue a platform crawl as the first administrator; a running `vigil worker` picks it up. */
async function queueCrawl(target: string, platformId: string, maxPages: number | undefined): Promise<void> {
  const { adapterFor } = await import('@vigil/collect');
  const { administratorActor, requestPlatformCrawl } = await import('@vigil/server');
  const { withDatabase } = await import('../support/with-database.ts');
  const adapter = adapterFor(target);
  await withDatabase(async (database) => {
    try {
      const actor = await administratorActor(database);
      const queued = await requestPlatformCrawl(
        { database, eventsCommitted: () => undefined },
        actor,
        platformId,
        { adapter, ...(maxPages ? { maxPages } : {}) },
      );
      out(
        `queued crawl ${queued.crawlId} (job ${queued.jobId}) of platform ${platformId}: run \`vigil worker\` to process it`,
      );
    } catch (error) {
      process.stderr.write(`vigil: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  });
}
