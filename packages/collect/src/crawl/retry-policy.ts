import type { FetchResult } from '../net/fetch-types.ts';

export type Outcome =
  | { action: 'done' }
  | { action: 'retry'; reason: string }
  | { action: 'fail'; reason: string };

const retryableKinds = new Set(['timeout', 'reset', 'connect', 'dns', 'proxy']);

/** Transient trouble (network, 429, 5xx) is retried; policy refusals, limits and 4xx are final. */
export function outcomeOf(result: FetchResult): Outcome {
  if (!result.ok) {
    const reason = `${result.error.kind}: ${result.error.message}`;
    return retryableKinds.has(result.error.kind) ? { action: 'retry', reason } : { action: 'fail', reason };
  }
  const status = result.final.status;
  if (status === 429 || status === 408 || status >= 500) return { action: 'retry', reason: `HTTP ${status}` };
  if (status >= 400) return { action: 'fail', reason: `HTTP ${status}` };
  return { action: 'done' };
}

/** Exponential backoff with jitter: base * 2^(attempt-1), capped, times a random factor in [0.5, 1.5). */
export function backoffMs(
  attempt: number,
  baseMs = 1000,
  maxMs = 5 * 60_000,
  random: () => number = Math.random,
): number {
  return Math.round(Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1)) * (0.5 + random()));
}
