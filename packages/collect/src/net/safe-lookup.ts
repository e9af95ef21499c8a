import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isForbiddenAddress } from './address-policy.ts';

/** The shape of `dns.lookup` with `all: true`, injectable so tests resolve names without DNS. */
export type ResolveAll = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolveAll: ResolveAll = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });

/** Error code carried by refusals so the fetch layer can tell them from network errors. */
export const BLOCKED_CODE = 'EVIGILBLOCKED';

export function blockedError(what: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`refused to connect to non-public address ${what}`);
  error.code = BLOCKED_CODE;
  return error;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net.connect that refuses the whole name when ANY of its addresses is non-public.
 * The socket connects to exactly the addresses checked here, so DNS rebinding between check and
 * connect is impossible.
 */
export function guardedLookup(resolveAll: ResolveAll, allowPrivate: boolean) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: LookupCallback,
  ) => {
    resolveAll(hostname).then(
      (found) => {
        const family = options.family === 6 || options.family === 'IPv6' ? 6 : options.family === 4 ? 4 : 0;
        const addresses = family ? found.filter((a) => a.family === family) : found;
        if (addresses.length === 0) {
          const error: NodeJS.ErrnoException = new Error(`no address for ${hostname}`);
          error.code = 'ENOTFOUND';
          callback(error, '');
          return;
        }
        const bad = addresses.find((a) => isForbiddenAddress(a.address));
        if (bad && !allowPrivate) {
          callback(blockedError(`${bad.address} (${hostname})`), '');
          return;
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
