import { isIP, type Socket, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { buildConnector } from 'undici';
import { bareHost, isForbiddenAddress } from '../net/address-policy.ts';
import { blockedError } from '../net/safe-lookup.ts';

export interface Socks5Options {
  /** IP literal of the proxy (e.g. 127.0.0.1 for a local Tor): the proxy itself is never looked up in DNS. */
  host: string;
  port: number;
  /** Tor isolates circuits per distinct SOCKS credentials (IsolateSOCKSAuth); one per platform. */
  username?: string;
  password?: string;
  handshakeTimeoutMs?: number;
  /** IP-literal targets are checked against the address policy unless this is set. */
  allowPrivateTargets?: boolean;
}

const replies: Record<number, string> = {
  1: 'general failure',
  2: 'connection not allowed by ruleset',
  3: 'network unreachable',
  4: 'host unreachable',
  5: 'connection refused',
  6: 'TTL expired',
  7: 'command not supported',
  8: 'address type not supported',
};

export function proxyError(message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`SOCKS5: ${message}`);
  error.code = 'EVIGILPROXY';
  return error;
}

/** Reads exact byte counts off a socket during the handshake. */
function reader(socket: Socket) {
  let buffered = Buffer.alloc(0);
  let waiting: { n: number; resolve: (b: Buffer) => void } | undefined;
  const pump = () => {
    if (waiting && buffered.length >= waiting.n) {
      const out = buffered.subarray(0, waiting.n);
      buffered = buffered.subarray(waiting.n);
      const w = waiting;
      waiting = undefined;
      w.resolve(out);
    }
  };
  const onData = (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    pump();
  };
  socket.on('data', onData);
  return {
    read: (n: number) =>
      new Promise<Buffer>((resolve) => {
        waiting = { n, resolve };
        pump();
      }),
    /** Stop reading and hand any bytes past the handshake back to the socket. */
    release() {
      socket.off('data', onData);
      socket.pause();
      if (buffered.length) socket.unshift(buffered);
    },
  };
}

function connectRequest(hostname: string, port: number): Buffer {
  const family = isIP(hostname);
  const portBytes = Buffer.from([port >> 8, port & 255]);
  if (family === 4)
    return Buffer.concat([Buffer.from([5, 1, 0, 1, ...hostname.split('.').map(Number)]), portBytes]);
  const name = Buffer.from(hostname, 'utf8');
  if (family === 6 || name.length > 255) throw proxyError(`cannot send target ${hostname}`);
  // ATYP 3: the proxy resolves the name (socks5h). We never resolve it locally.
  return Buffer.concat([Buffer.from([5, 1, 0, 3, name.length]), name, portBytes]);
}

async function handshake(socket: Socket, opts: Socks5Options, hostname: string, port: number): Promise<void> {
  const r = reader(socket);
  const auth = opts.username !== undefined;
  socket.write(Buffer.from(auth ? [5, 2, 0, 2] : [5, 1, 0]));
  const [version, method] = await r.read(2);
  if (version !== 5) throw proxyError('not a SOCKS5 proxy');
  if (method === 2 && auth) {
    const u = Buffer.from(opts.username ?? '');
    const p = Buffer.from(opts.password ?? '');
    socket.write(Buffer.concat([Buffer.from([1, u.length]), u, Buffer.from([p.length]), p]));
    const [, status] = await r.read(2);
    if (status !== 0) throw proxyError('authentication refused');
  } else if (method !== 0) throw proxyError('no acceptable authentication method');
  socket.write(connectRequest(hostname, port));
  const [, rep, , atyp] = await r.read(4);
  if (rep !== 0) throw proxyError(replies[rep ?? 1] ?? `reply ${rep}`);
  const addrLen = atyp === 1 ? 4 : atyp === 4 ? 16 : (await r.read(1))[0]!;
  await r.read(addrLen + 2);
  r.release();
}

/**
 * An undici connector that reaches every origin through a SOCKS5 proxy with remote name
 * resolution. There is no fallback: if the proxy fails, the request fails.
 */
export function createSocks5Connector(opts: Socks5Options): buildConnector.connector {
  if (isIP(opts.host) === 0) throw new Error('the SOCKS5 proxy must be given as an IP address');
  return (target, callback) => {
    const hostname = bareHost(target.hostname);
    if (isIP(hostname) && !opts.allowPrivateTargets && isForbiddenAddress(hostname)) {
      queueMicrotask(() => callback(blockedError(hostname), null));
      return;
    }
    let done = false;
    const finish = (error: Error | null, socket?: Socket) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        raw.destroy();
        callback(error, null);
      } else callback(null, socket!);
    };
    const port = Number(target.port) || (target.protocol === 'https:' ? 443 : 80);
    const raw = tcpConnect({
      host: opts.host,
      port: opts.port,
      lookup: () => {
        throw new Error('a DNS lookup was attempted on the Tor route');
      },
    });
    const timer = setTimeout(
      () => finish(proxyError('handshake timed out')),
      opts.handshakeTimeoutMs ?? 30_000,
    );
    raw.once('error', (e) => finish(proxyError(`proxy connection failed: ${e.message}`)));
    raw.once('connect', () => {
      handshake(raw, opts, hostname, port).then(
        () => {
          if (target.protocol !== 'https:') return finish(null, raw);
          const secure = tlsConnect({
            socket: raw,
            servername: target.servername || hostname,
            ALPNProtocols: ['http/1.1'],
          });
          secure.once('secureConnect', () => finish(null, secure));
          secure.once('error', (e) => finish(e));
        },
        (e: Error) => finish(e),
      );
    });
  };
}
