import { Agent, type Dispatcher } from 'undici';
import { createDirectDispatcher } from '../net/dispatcher.ts';
import type { FetchLimits } from '../net/fetch-types.ts';
import type { Router } from '../net/safe-fetch.ts';
import type { ResolveAll } from '../net/safe-lookup.ts';
import { createSocks5Connector, type Socks5Options } from './socks5-connector.ts';

export interface RouterOptions {
  limits: FetchLimits;
  /** The platform is pinned to Tor: every URL goes through the proxy, none ever direct. */
  torPinned?: boolean;
  /** Origins of a platform marked `local: true`; only these may reach loopback/private addresses. */
  localOrigins?: string[];
  tor?: Socks5Options;
  resolveAll?: ResolveAll;
  connections?: number;
}

export interface PlatformRouter {
  route: Router;
  close(): Promise<void>;
}

export const isOnion = (url: URL): boolean =>
  url.hostname.toLowerCase().replace(/\.$/, '').endsWith('.onion');

/**
 * Decides per URL (so per redirect hop) how it leaves the machine: .onion and Tor-pinned platforms
 * only through SOCKS5 with remote resolution, the rest direct with the address policy.
 */
export function createPlatformRouter(options: RouterOptions): PlatformRouter {
  const { limits } = options;
  const localOrigins = new Set(options.localOrigins ?? []);
  const dispatchers: Dispatcher[] = [];
  const keep = <T extends Dispatcher>(d: T): T => {
    dispatchers.push(d);
    return d;
  };
  const common = { limits, ...(options.resolveAll ? { resolveAll: options.resolveAll } : {}) };
  const strict = keep(createDirectDispatcher({ ...common, connections: options.connections ?? 8 }));
  const local = localOrigins.size
    ? keep(createDirectDispatcher({ ...common, allowPrivate: true }))
    : undefined;
  const tor =
    options.tor &&
    keep(
      new Agent({
        connect: createSocks5Connector({ handshakeTimeoutMs: limits.connectTimeoutMs, ...options.tor }),
        headersTimeout: limits.headersTimeoutMs,
        bodyTimeout: limits.bodyTimeoutMs,
        connections: options.connections ?? 4,
      }),
    );
  const route: Router = (url) => {
    if (isOnion(url) || options.torPinned) {
      if (!tor)
        return { refuse: `${isOnion(url) ? 'onion address' : 'Tor-pinned platform'} needs a Tor proxy` };
      return { dispatcher: tor, via: 'tor' };
    }
    if (local && localOrigins.has(url.origin)) return { dispatcher: local, via: 'direct' };
    return { dispatcher: strict, via: 'direct' };
  };
  return { route, close: async () => void (await Promise.all(dispatchers.map((d) => d.close()))) };
}
