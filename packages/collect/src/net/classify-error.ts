import type { FetchErrorKind } from './fetch-types.ts';
import { BLOCKED_CODE } from './safe-lookup.ts';

/** Map whatever undici, node:net, tls or a SOCKS proxy threw onto one typed failure kind. */
export function classifyError(error: unknown): { kind: FetchErrorKind; message: string } {
  const e = error as { code?: string; name?: string; message?: string; cause?: unknown };
  const code = e?.code ?? '';
  const message = e?.message ?? String(error);
  if (code === BLOCKED_CODE) return { kind: 'blocked_address', message };
  if (code === 'EVIGILPROXY') return { kind: 'proxy', message };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') return { kind: 'dns', message };
  if (code.endsWith('TIMEOUT') || code === 'ETIMEDOUT' || e?.name === 'TimeoutError')
    return { kind: 'timeout', message };
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return { kind: 'connect', message };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED')
    return { kind: 'reset', message };
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL'))
    return { kind: 'tls', message };
  if (code.startsWith('HPE_') || code === 'UND_ERR_INFO' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH')
    return { kind: 'protocol', message };
  if (e?.cause && e.cause !== error) return classifyError(e.cause);
  return { kind: 'connect', message };
}
