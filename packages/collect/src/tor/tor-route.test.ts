import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OnionFixture, startOnionFixture } from '../fixtures/onion-site.ts';
import { defaultLimits } from '../net/fetch-types.ts';
import { safeFetch } from '../net/safe-fetch.ts';
import type { ResolveAll } from '../net/safe-lookup.ts';
import { createPlatformRouter } from './router.ts';

const limits = { ...defaultLimits, connectTimeoutMs: 2000, totalTimeoutMs: 5000 };

/** Fails the test if anything on the Tor route asks the local resolver. */
const lookups: string[] = [];
const forbiddenResolve: ResolveAll = async (hostname) => {
  lookups.push(hostname);
  throw new Error(`local DNS lookup of ${hostname}`);
};

let onion: OnionFixture;
beforeAll(async () => {
  onion = await startOnionFixture();
});
afterAll(() => onion.close());

describe('Tor route (socks5h)', () => {
  it('fetches the onion site through the proxy with remote name resolution and no local lookup', async () => {
    const router = createPlatformRouter({
      limits,
      tor: { host: onion.stub.host, port: onion.stub.port, username: 'platform-42', password: 'x' },
      resolveAll: forbiddenResolve,
    });
    const result = await safeFetch(`${onion.onionOrigin}/`, { router: router.route, limits });
    await router.close();
    expect(result.ok).toBe(true);
    expect(result.ok && result.text).toContain('Hidden board');
    expect(result.ok && result.final.via).toBe('tor');
    expect(lookups).toEqual([]);
    const last = onion.stub.requests.at(-1);
    expect(last).toMatchObject({ atyp: 3, host: onion.onionHost, port: 80, username: 'platform-42' });
  });

  it('refuses an onion address when no Tor proxy is configured, without any lookup', async () => {
    const router = createPlatformRouter({ limits, resolveAll: forbiddenResolve });
    const result = await safeFetch(`${onion.onionOrigin}/`, { router: router.route, limits });
    await router.close();
    expect(result.ok === false && result.error.kind).toBe('blocked_address');
    expect(lookups).toEqual([]);
  });

  it('never falls back to a direct connection for a Tor-pinned platform when the proxy is down', async () => {
    // A clear-web target that counts connections, and a proxy port with nothing listening.
    let direct = 0;
    const target = createServer((s) => {
      direct++;
      s.destroy();
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const deadPort = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    const router = createPlatformRouter({
      limits,
      torPinned: true,
      localOrigins: [`http://127.0.0.1:${(target.address() as AddressInfo).port}`],
      tor: { host: '127.0.0.1', port: deadPort },
      resolveAll: forbiddenResolve,
    });
    const urls = [`http://127.0.0.1:${(target.address() as AddressInfo).port}/`, 'http://clear.example/'];
    const [literal, named] = await Promise.all(
      urls.map((url) => safeFetch(url, { router: router.route, limits })),
    );
    // A private IP literal is refused before the proxy is even asked; a name fails at the dead proxy.
    expect(literal?.ok === false && literal.error.kind).toBe('blocked_address');
    expect(named?.ok === false && named.error.kind).toBe('proxy');
    await router.close();
    await new Promise<void>((r) => target.close(() => r()));
    expect(direct).toBe(0);
    expect(lookups).toEqual([]);
  });

  it('sends a clear-web name of a pinned platform to the proxy as a name too', async () => {
    const router = createPlatformRouter({
      limits,
      torPinned: true,
      tor: { host: onion.stub.host, port: onion.stub.port },
      resolveAll: forbiddenResolve,
    });
    const result = await safeFetch('http://pinned-clear.example/', { router: router.route, limits });
    await router.close();
    // The stub knows no such host and answers "host unreachable": a proxy failure, not a direct retry.
    expect(result.ok === false && result.error.kind).toBe('proxy');
    expect(onion.stub.requests.at(-1)).toMatchObject({ atyp: 3, host: 'pinned-clear.example' });
    expect(lookups).toEqual([]);
  });
});
