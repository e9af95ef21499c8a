import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAnalyzer } from '../packages/collect/src/crawl/analyzer.ts';
import { runCrawl } from '../packages/collect/src/crawl/crawler.ts';
import { MemoryItemSink } from '../packages/collect/src/crawl/item-sink.ts';
import { MemoryCrawlQueue } from '../packages/collect/src/crawl/memory-crawl-queue.ts';
import { MemoryEvidenceIndex } from '../packages/collect/src/evidence/evidence-index.ts';
import { EvidenceStore } from '../packages/collect/src/evidence/evidence-store.ts';
import { EvidenceWriter } from '../packages/collect/src/evidence/evidence-writer.ts';
import { JsonlEvidenceIndex } from '../packages/collect/src/evidence/jsonl-evidence-index.ts';
import { verifyStore } from '../packages/collect/src/evidence/verify-store.ts';
import { fixtureAdapters } from '../packages/collect/src/fixtures/fixture-adapters.ts';

/**
 * Crawl throughput with full evidence capture (WARC per page, SHA-256, fsync + rename into the
 * content-addressed store, evidence index and custody log) against the local fixture classifieds,
 * HTTP mode, one worker process. The fixture server runs in a separate process so it does not
 * share the crawler's event loop.
 *   npm run bench:crawl [-- --ads 2000 --concurrency 8 --rehash 10000]
 */
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const ADS = arg('--ads', 2000);
const CONCURRENCY = arg('--concurrency', 8);
const REHASH = arg('--rehash', 10_000);

async function startServer(): Promise<{ origin: string; stop: () => void }> {
  const script = fileURLToPath(new URL('./crawl-fixture-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(ADS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
  );
  return { origin, stop: () => child.kill() };
}

async function crawlOnce(origin: string, dir: string, analyse: boolean) {
  const store = new EvidenceStore(dir);
  const index = new JsonlEvidenceIndex(dir);
  const analyze = analyse ? await loadAnalyzer() : undefined;
  const adapter = {
    ...fixtureAdapters(origin).classifieds!,
    rate: { minDelayMs: 0, concurrency: CONCURRENCY },
    limits: { maxPages: 1_000_000 },
  };
  const t = performance.now();
  const cpu = process.cpuUsage();
  const summary = await runCrawl(
    { crawlId: `bench-${analyse}`, adapter, owner: 'bench', capturedBy: 'bench' },
    {
      queue: new MemoryCrawlQueue(),
      writer: new EvidenceWriter(store, index),
      sink: new MemoryItemSink(),
      ...(analyze ? { analyze } : {}),
    },
  );
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMsPerPage = (used.user + used.system) / 1000 / summary.pages;
  let evidenceBytes = 0;
  let warcs = 0;
  for await (const row of index.list()) {
    evidenceBytes += row.size;
    if (row.kind === 'warc') warcs++;
  }
  return { summary, seconds, evidenceBytes, warcs, cpuMsPerPage, analysed: Boolean(analyze) };
}

/** 10,000 WARC captures of fixture-sized pages, then one full verifyStore over them. */
async function rehash(dir: string, bodyBytes: number) {
  const store = new EvidenceStore(dir);
  const index = new MemoryEvidenceIndex();
  const writer = new EvidenceWriter(store, index);
  const filler = 'Synthetic ad text for the re-hash benchmark. '
    .repeat(Math.ceil(bodyBytes / 46))
    .slice(0, bodyBytes);
  for (let i = 0; i < REHASH; i++) {
    const body = Buffer.from(
      `<html><body><article class="ad"><h2>#${i}</h2><p>${filler}</p></article></body></html>`,
    );
    const ex = {
      url: `https://bench.example/ad/${i}`,
      method: 'GET' as const,
      requestHeaders: [['Host', 'bench.example']] as [string, string][],
      startedAt: new Date(),
      status: 200,
      statusText: 'OK',
      responseHeaders: [['Content-Type', 'text/html']] as [string, string][],
      rawBody: body,
      via: 'direct' as const,
    };
    await writer.captureFetch(
      { ok: true, url: ex.url, hops: [], final: ex, contentKind: 'html', body, text: '' },
      { capturedBy: 'bench' },
    );
  }
  const t = performance.now();
  const report = await verifyStore(store, index);
  return { seconds: (performance.now() - t) / 1000, checked: report.checked, ok: report.ok };
}

const server = await startServer();
const root = await mkdtemp(join(tmpdir(), 'vigil-bench-crawl-'));
try {
  const plain = await crawlOnce(server.origin, join(root, 'a'), false);
  const withAnalysis = await crawlOnce(server.origin, join(root, 'b'), true);
  const perPage = plain.evidenceBytes / plain.summary.pages;
  const avgBody = Math.round(plain.summary.bytes / plain.summary.pages);
  const re = await rehash(join(root, 'c'), avgBody);
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(
    `machine: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, store on ${tmpdir()}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const run of [plain, withAnalysis])
    out(
      `crawl (${run.analysed ? 'with' : 'without'} analysis on arrival): ${run.summary.pages} pages, ${run.summary.items} items in ${run.seconds.toFixed(2)} s = ${(run.summary.pages / run.seconds).toFixed(1)} pages/s (concurrency ${CONCURRENCY}); crawler CPU ${run.cpuMsPerPage.toFixed(2)} ms/page = ${Math.round(1000 / run.cpuMsPerPage)} pages per CPU-second; failures ${JSON.stringify(run.summary.failures)}`,
    );
  out(
    `evidence per page: ${Math.round(perPage)} bytes stored (gzipped WARC; avg HTTP body ${avgBody} bytes), ${plain.warcs} WARC files`,
  );
  out(
    `re-hash ${re.checked} evidence records (verifyStore): ${re.seconds.toFixed(2)} s = ${Math.round(re.checked / re.seconds)} records/s, ${re.ok} intact`,
  );
} finally {
  server.stop();
  await rm(root, { recursive: true, force: true });
}
