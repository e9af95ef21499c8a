import type { FetchResult, HttpExchange } from '../net/fetch-types.ts';
import { sha256Hex } from './digest.ts';
import { gzipRecord, httpBlock, newRecordId } from './warc-record.ts';

export interface CaptureContext {
  /** Who captured: a user id, or the worker identity for scheduled crawls. */
  capturedBy: string;
  software?: string;
  crawlId?: string;
  platformId?: string;
  /** Free facts to keep beside the capture (adapter name, depth, ...). */
  extra?: Record<string, unknown>;
}

export interface WarcCapture {
  /** The complete gzipped WARC file: warcinfo, then request/response/metadata per exchange. */
  bytes: Buffer;
  targetUri: string;
  /** Response record id of the final response (what items link to). */
  responseRecordId?: string;
  /** SHA-256 hex of the final entity body as received. */
  payloadSha256?: string;
  capturedAt: Date;
}

const software = 'Vigil collect 0.1';

function exchangeRecords(
  ex: HttpExchange,
  warcinfoId: string,
  ctx: CaptureContext,
  note: Record<string, unknown>,
) {
  const responseId = newRecordId();
  const common: [string, string][] = [
    ['WARC-Target-URI', ex.url],
    ['WARC-Warcinfo-ID', warcinfoId],
  ];
  const url = new URL(ex.url);
  const request = gzipRecord({
    type: 'request',
    date: ex.startedAt,
    headers: [
      ...common,
      ['WARC-Concurrent-To', responseId],
      ['Content-Type', 'application/http;msgtype=request'],
    ],
    block: httpBlock(`GET ${url.pathname}${url.search} HTTP/1.1`, ex.requestHeaders),
  });
  const response = gzipRecord({
    type: 'response',
    id: responseId,
    date: ex.startedAt,
    headers: [
      ...common,
      ['Content-Type', 'application/http;msgtype=response'],
      ...(ex.truncated ? ([['WARC-Truncated', ex.truncated]] as [string, string][]) : []),
    ],
    block: httpBlock(`HTTP/1.1 ${ex.status} ${ex.statusText}`, ex.responseHeaders, ex.rawBody),
    payload: ex.rawBody,
  });
  const metadata = gzipRecord({
    type: 'metadata',
    date: ex.startedAt,
    headers: [...common, ['WARC-Concurrent-To', responseId], ['Content-Type', 'application/json']],
    block: Buffer.from(
      JSON.stringify({
        via: ex.via,
        capturedBy: ctx.capturedBy,
        crawlId: ctx.crawlId,
        platformId: ctx.platformId,
        ...note,
      }),
    ),
  });
  return { responseId, parts: [request, response, metadata] };
}

/**
 * Turn one fetch (with its redirect hops, or its failure) into one WARC file. A fetch that never
 * got a response still leaves a request + metadata record: the attempt itself is evidence.
 */
export function captureToWarc(result: FetchResult, ctx: CaptureContext): WarcCapture {
  const capturedAt = new Date();
  const warcinfoId = newRecordId();
  const info = gzipRecord({
    type: 'warcinfo',
    id: warcinfoId,
    date: capturedAt,
    headers: [['Content-Type', 'application/warc-fields']],
    block: Buffer.from(
      `software: ${ctx.software ?? software}\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\noperator: ${ctx.capturedBy}\r\n${ctx.extra ? `vigil-context: ${JSON.stringify(ctx.extra)}\r\n` : ''}`,
    ),
  });
  const parts: Buffer[] = [info];
  for (const hop of result.hops)
    parts.push(...exchangeRecords(hop, warcinfoId, ctx, { redirect: true }).parts);
  const last = result.ok ? result.final : result.partial;
  let responseRecordId: string | undefined;
  if (last) {
    const note = result.ok
      ? { contentKind: result.contentKind, charset: result.charset, decodedBytes: result.body.length }
      : { error: result.error };
    const recs = exchangeRecords(last, warcinfoId, ctx, note);
    responseRecordId = recs.responseId;
    parts.push(...recs.parts);
  } else if (!result.ok) {
    parts.push(
      gzipRecord({
        type: 'metadata',
        date: capturedAt,
        headers: [
          ['WARC-Target-URI', result.error.url],
          ['WARC-Warcinfo-ID', warcinfoId],
          ['Content-Type', 'application/json'],
        ],
        block: Buffer.from(
          JSON.stringify({ error: result.error, capturedBy: ctx.capturedBy, crawlId: ctx.crawlId }),
        ),
      }),
    );
  }
  return {
    bytes: Buffer.concat(parts),
    targetUri: result.url,
    ...(responseRecordId ? { responseRecordId } : {}),
    ...(last ? { payloadSha256: sha256Hex(last.rawBody) } : {}),
    capturedAt,
  };
}
