import { createHash } from 'node:crypto';

/** SHA-256 as lower-case hex: the same string `sha256sum` prints, so anyone can check it by hand. */
export const sha256Hex = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex');

/** WARC digest header value. We write `sha256:<lower-case hex>` (not base32); see docs/decisions. */
export const warcDigest = (data: Uint8Array): string => `sha256:${sha256Hex(data)}`;

/** Parse `sha256:<hex or base32>` from any WARC writer into lower-case hex, or undefined. */
export function parseWarcDigest(value: string): { algorithm: string; hex: string } | undefined {
  const m = /^([\w-]+):([A-Za-z0-9=+/]+)$/.exec(value.trim());
  if (!m) return undefined;
  const algorithm = m[1]!.toLowerCase().replace('-', '');
  const encoded = m[2]!;
  const bytes = algorithm === 'sha256' ? 32 : algorithm === 'sha1' ? 20 : undefined;
  if (!bytes) return undefined;
  if (/^[0-9a-fA-F]+$/.test(encoded) && encoded.length === bytes * 2)
    return { algorithm, hex: encoded.toLowerCase() };
  const hex = base32ToHex(encoded);
  return hex && hex.length === bytes * 2 ? { algorithm, hex } : undefined;
}

function base32ToHex(input: string): string | undefined {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of input.toUpperCase().replace(/=+$/, '')) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return undefined;
    bits += v.toString(2).padStart(5, '0');
  }
  let hex = '';
  for (let i = 0; i + 8 <= bits.length; i += 8)
    hex += Number.parseInt(bits.slice(i, i + 8), 2)
      .toString(16)
      .padStart(2, '0');
  return hex;
}
