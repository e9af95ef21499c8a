import type { Browser } from 'playwright-core';
import type { Adapter } from '../adapters/adapter-types.ts';
import { extractHtml } from '../adapters/extract-html.ts';
import { extractJson } from '../adapters/extract-json.ts';
import type { ExtractedItem, Extraction } from '../adapters/extract-types.ts';
import { type BrowserCapture, renderPage } from '../evidence/browser-capture.ts';
import type { EvidenceContext } from '../evidence/evidence-writer.ts';
import type { FetchResult } from '../net/fetch-types.ts';
import { type FetchContext, safeFetch } from '../net/safe-fetch.ts';
import { safeAnalyze } from './analyzer.ts';
import type { LeasedRequest, NewRequest } from './crawl-queue.ts';
import type { CrawlDeps } from './crawl-types.ts';
import { type CapturedItem, itemContentHash } from './item-sink.ts';

export interface PageOutcome {
  result: FetchResult;
  evidenceId: string;
  bytes: number;
  links: NewRequest[];
  items: CapturedItem[];
  newItems: CapturedItem[];
}

export interface ProcessorContext {
  adapter: Adapter;
  deps: CrawlDeps;
  fetchCtx: FetchContext;
  imageCtx: FetchContext;
  evidence: EvidenceContext;
  inScope: (url: string) => boolean;
  maxDepth: number;
  captureImages: boolean;
  /** image URL -> sha256 already stored in this worker. */
  imageCache: Map<string, string | null>;
  browser?: () => Promise<Browser>;
}

const isCapture = (r: BrowserCapture | FetchResult): r is BrowserCapture => 'renderedHtml' in r;

async function fetchPage(req: LeasedRequest, ctx: ProcessorContext) {
  if (ctx.adapter.needsBrowser && ctx.browser) {
    const rendered = await renderPage(await ctx.browser(), req.url, ctx.fetchCtx);
    if (isCapture(rendered))
      return { result: rendered.document, html: rendered.renderedHtml, screenshot: rendered.screenshot };
    return { result: rendered };
  }
  return { result: await safeFetch(req.url, ctx.fetchCtx) };
}

function extract(
  req: LeasedRequest,
  ctx: ProcessorContext,
  result: FetchResult,
  html?: string,
): Extraction | undefined {
  if (!result.ok || result.final.status >= 300) return undefined;
  if (html !== undefined || result.contentKind === 'html')
    return extractHtml(ctx.adapter, result.url, html ?? result.text ?? '', req.kind);
  if (result.contentKind === 'json') return extractJson(ctx.adapter, result.url, result.text ?? '');
  return undefined; // binary and plain text are recorded as evidence, not parsed
}

async function captureImages(item: ExtractedItem, ctx: ProcessorContext): Promise<string[]> {
  if (!ctx.captureImages) return [];
  const hashes: string[] = [];
  for (const url of item.images.slice(0, 10)) {
    let sha = ctx.imageCache.get(url);
    if (sha === undefined) {
      const r = await safeFetch(url, ctx.imageCtx);
      const type = r.ok
        ? (r.final.responseHeaders.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '')
        : '';
      sha = null;
      if (r.ok && r.final.status === 200 && type.startsWith('image/')) {
        const row = await ctx.deps.writer.storeBytes(r.body, 'image', type.split(';')[0]!, ctx.evidence, {
          targetUri: url,
        });
        sha = row.sha256;
      }
      ctx.imageCache.set(url, sha);
    }
    if (sha) hashes.push(sha);
  }
  return hashes;
}

/** Fetch (or render), record evidence, extract, analyse and store items, and find the next links. */
export async function processRequest(req: LeasedRequest, ctx: ProcessorContext): Promise<PageOutcome> {
  const { result, html, screenshot } = await fetchPage(req, ctx);
  const row = await ctx.deps.writer.captureFetch(result, {
    ...ctx.evidence,
    extra: { depth: req.depth, kind: req.kind },
  });
  if (screenshot)
    await ctx.deps.writer.storeBytes(screenshot, 'screenshot', 'image/png', ctx.evidence, {
      targetUri: req.url,
    });
  const exchanges = [
    ...result.hops,
    ...(result.ok ? [result.final] : result.partial ? [result.partial] : []),
  ];
  const bytes = exchanges.reduce((n, e) => n + e.rawBody.length, 0);
  const extraction = extract(req, ctx, result, html);
  const items: CapturedItem[] = [];
  for (const item of extraction?.items ?? []) {
    const imageHashes = await captureImages(item, ctx);
    const analysis = safeAnalyze(ctx.deps.analyze, {
      id: item.url,
      text: item.text,
      title: item.title,
      url: item.url,
      ...(ctx.adapter.country ? { country: ctx.adapter.country } : {}),
      ...(item.postedAt ? { posted_at: item.postedAt } : {}),
    });
    items.push({
      ...item,
      contentHash: itemContentHash(item),
      evidenceId: row.id,
      evidenceSha256: row.sha256,
      imageHashes,
      capturedAt: row.capturedAt.toISOString(),
      ...(ctx.evidence.platformId ? { platform: ctx.evidence.platformId } : {}),
      ...(analysis ? { analysis } : {}),
    });
  }
  const newItems = items.length ? await ctx.deps.sink.write(items) : [];
  const links: NewRequest[] = [];
  if (extraction) {
    // The next page of a listing is the same level, not deeper: long pagination is bounded by maxPages.
    for (const url of extraction.links.next) links.push({ url, kind: 'listing', depth: req.depth });
  }
  if (extraction && req.depth < ctx.maxDepth) {
    const depth = req.depth + 1;
    for (const url of extraction.links.listings) links.push({ url, kind: 'listing', depth });
    for (const url of extraction.links.items) links.push({ url, kind: 'item', depth });
  }
  return {
    result,
    evidenceId: row.id,
    bytes,
    links: links.filter((l) => ctx.inScope(l.url)),
    items,
    newItems,
  };
}
