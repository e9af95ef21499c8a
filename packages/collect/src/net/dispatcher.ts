import { isIP } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { bareHost, isForbiddenAddress } from './address-policy.ts';
import type { FetchLimits } from './fetch-types.ts';
import { blockedError, guardedLookup, type ResolveAll, systemResolveAll } from './safe-lookup.ts';

export interface DirectDispatcherOptions {
  /** Only for platforms marked `local: true` (the fixtures): allows loopback and private addresses. */
  allowPrivate?: boolean;
  resolveAll?: ResolveAll;
  limits: Pick<FetchLimits, 'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs'>;
  connections?: number;
}

/**
 * An undici Agent whose every connection (first request, each redirect, each reconnect) passes the
 * address policy: IP literals are checked here, names are checked after resolution in the lookup.
 */
export function createDirectDispatcher(options: DirectDispatcherOptions): Dispatcher {
  const allowPrivate = options.allowPrivate ?? false;
  const base = buildConnector({
    timeout: options.limits.connectTimeoutMs,
    lookup: guardedLookup(options.resolveAll ?? systemResolveAll, allowPrivate),
  } as buildConnector.BuildOptions);
  const connect: buildConnector.connector = (opts, callback) => {
    const host = bareHost(opts.hostname);
    if (isIP(host) && !allowPrivate && isForbiddenAddress(host)) {
      queueMicrotask(() => callback(blockedError(host), null));
      return;
    }
    return base(opts, callback);
  };
  return new Agent({
    connect,
    headersTimeout: options.limits.headersTimeoutMs,
    bodyTimeout: options.limits.bodyTimeoutMs,
    connections: options.connections ?? 8,
  });
}
