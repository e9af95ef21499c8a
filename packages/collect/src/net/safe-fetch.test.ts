import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../fixtures/fixture-server.ts';
import { createDirectDispatcher } from './dispatcher.ts';
import { defaultLimits, type FetchLimits, type FetchResult } from './fetch-types.ts';
import { type Router, safeFetch } from './safe-fetch.ts';
import type { ResolveAll } from './safe-lookup.ts';

const limits: FetchLimits = {
  ...defaultLimits,
  connectTimeoutMs: 2000,
  headersTimeoutMs: 500,
  bodyTimeoutMs: 500,
  totalTimeoutMs: 1500,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
};

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture.close());

/** Local allowance only for the fixture's own origin; everything else must pass the policy. */
function router(resolveAll?: ResolveAll): Router {
  const local = createDirectDispatcher({ allowPrivate: true, limits });
  const strict = createDirectDispatcher({ limits, ...(resolveAll ? { resolveAll } : {}) });
  return (url) => ({ dispatcher: url.origin === fixture.origin ? local : strict, via: 'direct' });
}

const get = (path: string, r = router()): Promise<FetchResult> =>
  safeFetch(path.startsWith('http') ? path : `${fixture.origin}${path}`, { router: r, limits });

describe('safeFetch against hostile endpoints', () => {
  it('times out when headers never come', async () => {
    const r = await get('/hostile/no-headers');
    expect(r.ok === false && r.error.kind).toBe('timeout');
  });

  it('ends a dripping body at the total deadline and keeps what arrived', async () => {
    const r = await get('/hostile/drip');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('timeout');
    expect(r.partial?.truncated).toBe('time');
    expect(r.partial?.rawBody.length).toBeGreaterThan(0);
  });

  it('reports a reset connection, before and during the body', async () => {
    const a = await get('/hostile/reset');
    expect(a.ok === false && a.error.kind).toBe('reset');
    const b = await get('/hostile/reset-mid-body');
    expect(b.ok === false && b.error.kind).toMatch(/reset|protocol/);
    expect(b.ok === false && b.partial?.rawBody.toString()).toContain('partial');
  });

  it('detects redirect loops and over-long chains, recording each hop', async () => {
    const loop = await get('/hostile/loop-a');
    expect(loop.ok === false && loop.error.kind).toBe('redirect_loop');
    expect(loop.hops.length).toBe(2);
    const chain = await get('/hostile/chain/0');
    expect(chain.ok === false && chain.error.kind).toBe('too_many_redirects');
    expect(chain.hops.length).toBe(limits.maxRedirects + 1);
  });

  it('cuts a 10 GB response at maxBytes', async () => {
    const r = await get('/hostile/huge');
    expect(r.ok === false && r.error.kind).toBe('too_large');
    expect(r.ok === false && r.partial?.rawBody.length).toBe(limits.maxBytes);
    expect(r.ok === false && r.partial?.truncated).toBe('length');
  });

  it('refuses to inflate a gzip bomb past maxBytes but keeps the compressed body', async () => {
    const r = await get('/hostile/gzip-bomb');
    expect(r.ok === false && r.error.kind).toBe('too_large');
    expect(r.ok === false && r.partial?.rawBody.length).toBeLessThan(limits.maxBytes);
  });

  it('reports undecodable gzip as a decode failure', async () => {
    const r = await get('/hostile/bad-gzip');
    expect(r.ok === false && r.error.kind).toBe('decode');
  });

  it('decodes by <meta charset>, survives lying and unknown charsets', async () => {
    const cyr = await get('/hostile/cp1251');
    expect(cyr.ok && cyr.text).toContain('Работа в Польше');
    expect(cyr.ok && cyr.charset).toBe('windows-1251');
    const lying = await get('/hostile/lying-charset');
    expect(lying.ok && lying.text).toContain('\uFFFD');
    const unknown = await get('/hostile/unknown-charset');
    expect(unknown.ok && unknown.text).toContain('plain');
  });

  it('records binary content without decoding it as text', async () => {
    const r = await get('/hostile/binary');
    expect(r.ok && r.contentKind).toBe('binary');
    expect(r.ok && r.text).toBeUndefined();
    expect(r.ok && r.body.length).toBe(4096);
  });
});

describe('SSRF policy', () => {
  it('refuses 127.0.0.1 unless the platform is local', async () => {
    const strict = createDirectDispatcher({ limits });
    const r = await get('/sites/', () => ({ dispatcher: strict, via: 'direct' }));
    expect(r.ok === false && r.error.kind).toBe('blocked_address');
  });

  it('refuses a hostname that resolves to 10.x, after DNS', async () => {
    const resolveAll: ResolveAll = async () => [{ address: '10.1.2.3', family: 4 }];
    const r = await get('http://innocent.example/', router(resolveAll));
    expect(r.ok === false && r.error.kind).toBe('blocked_address');
    expect(r.ok === false && r.error.message).toContain('10.1.2.3');
  });

  it('refuses a name when any of its addresses is private (rebinding via multiple A records)', async () => {
    const resolveAll: ResolveAll = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    const r = await get('http://mixed.example/', router(resolveAll));
    expect(r.ok === false && r.error.kind).toBe('blocked_address');
  });

  it('checks every redirect hop: a local platform redirecting to 10.0.0.1 is refused', async () => {
    const r = await get('/hostile/to-private');
    expect(r.ok === false && r.error.kind).toBe('blocked_address');
    expect(r.hops).toHaveLength(1);
  });

  it('does not follow redirects to other schemes', async () => {
    const r = await get('/hostile/to-file');
    expect(r.ok === false && r.error.kind).toBe('bad_url');
  });

  it('refuses IPv6 loopback and mapped IPv4 literals', async () => {
    const r1 = await get('http://[::1]:9/', router());
    const r2 = await get('http://[::ffff:127.0.0.1]:9/', router());
    expect(r1.ok === false && r1.error.kind).toBe('blocked_address');
    expect(r2.ok === false && r2.error.kind).toBe('blocked_address');
  });
});
