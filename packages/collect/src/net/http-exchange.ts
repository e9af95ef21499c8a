import type { Dispatcher } from 'undici';
import { classifyError } from './classify-error.ts';
import type { FetchError, FetchLimits, Header, HttpExchange } from './fetch-types.ts';

export interface ExchangeOutcome {
  exchange?: HttpExchange;
  error?: Omit<FetchError, 'url'>;
}

function rawToPairs(raw: Buffer[] | string[] | null | undefined): Header[] {
  const pairs: Header[] = [];
  if (!raw) return pairs;
  for (let i = 0; i + 1 < raw.length; i += 2)
    pairs.push([raw[i]!.toString('latin1'), raw[i + 1]!.toString('latin1')]);
  return pairs;
}

/**
 * One GET over `dispatcher`, body collected up to `maxBytes` and `totalTimeoutMs`. Never rejects:
 * a failure comes back as `error`, with whatever arrived before it as a (truncated) `exchange`.
 */
export function exchange(
  url: URL,
  dispatcher: Dispatcher,
  requestHeaders: Header[],
  limits: FetchLimits,
  via: HttpExchange['via'],
): Promise<ExchangeOutcome> {
  return new Promise((resolve) => {
    const startedAt = new Date();
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    let abort: ((reason?: Error) => void) | undefined;
    let head: Pick<HttpExchange, 'status' | 'statusText' | 'responseHeaders'> | undefined;

    const build = (truncated?: HttpExchange['truncated']): HttpExchange | undefined =>
      head && {
        url: url.href,
        method: 'GET',
        requestHeaders,
        startedAt,
        ...head,
        rawBody: Buffer.concat(chunks),
        ...(truncated ? { truncated } : {}),
        via,
      };
    const finish = (outcome: ExchangeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(outcome);
    };
    const stop = (kind: 'too_large' | 'timeout', message: string) => {
      finish({ exchange: build(kind === 'too_large' ? 'length' : 'time'), error: { kind, message } });
      abort?.(new Error(message));
    };
    const deadline = setTimeout(
      () => stop('timeout', `no complete response within ${limits.totalTimeoutMs} ms`),
      limits.totalTimeoutMs,
    );

    const handler: Dispatcher.DispatchHandler = {
      onConnect(abortFn) {
        abort = abortFn;
        if (settled) abortFn(new Error('already settled'));
      },
      onHeaders(statusCode, rawHeaders, _resume, statusText) {
        head = { status: statusCode, statusText: statusText ?? '', responseHeaders: rawToPairs(rawHeaders) };
        return true;
      },
      onData(chunk) {
        received += chunk.length;
        if (received > limits.maxBytes) {
          const room = limits.maxBytes - (received - chunk.length);
          if (room > 0) chunks.push(chunk.subarray(0, room));
          stop('too_large', `response body exceeds ${limits.maxBytes} bytes`);
          return false;
        }
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        finish({ exchange: build() });
      },
      onError(error) {
        const { kind, message } = classifyError(error);
        finish({ exchange: build('disconnect'), error: { kind, message } });
      },
    };
    try {
      dispatcher.dispatch(
        {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers: requestHeaders.flat(),
        },
        handler,
      );
    } catch (error) {
      finish({ error: classifyError(error) });
    }
  });
}
