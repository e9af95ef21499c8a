import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

export type DecodeOutcome =
  | { ok: true; body: Buffer }
  | { ok: false; reason: 'too_large' | 'decode'; message: string };

const flush = { finishFlush: constants.Z_SYNC_FLUSH };

function decodeOne(coding: string, input: Buffer, maxBytes: number): Buffer | undefined {
  // maxOutputLength bounds the inflated size, so a gzip bomb stops at maxBytes instead of filling memory.
  const opts = { ...flush, maxOutputLength: maxBytes };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(input, opts);
    case 'br':
      return brotliDecompressSync(input, { maxOutputLength: maxBytes });
    case 'deflate':
      // Servers send both zlib-wrapped and raw deflate under this name.
      try {
        return inflateSync(input, opts);
      } catch {
        return inflateRawSync(input, opts);
      }
    case 'identity':
    case '':
      return input;
    default:
      return undefined;
  }
}

/** Undo Content-Encoding (possibly several, applied in order), never producing more than maxBytes. */
export function decodeContent(
  contentEncoding: string | undefined,
  raw: Buffer,
  maxBytes: number,
): DecodeOutcome {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .reverse();
  let body = raw;
  for (const coding of codings) {
    try {
      const next = decodeOne(coding, body, maxBytes);
      if (next === undefined)
        return { ok: false, reason: 'decode', message: `unknown content-encoding ${coding}` };
      body = next;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
        return {
          ok: false,
          reason: 'too_large',
          message: `decoded body exceeds ${maxBytes} bytes (${coding})`,
        };
      return { ok: false, reason: 'decode', message: `${coding}: ${(error as Error).message}` };
    }
  }
  return { ok: true, body };
}
