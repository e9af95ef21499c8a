import { keccak_256 } from '@noble/hashes/sha3.js';
import { BASE58_ALPHABET } from './base58.ts';

/** Monero's base58: 8-byte blocks encoded as 11 characters each, the last block shorter. */
const ENCODED_BLOCK_SIZES = [0, 2, 3, 5, 6, 7, 9, 10, 11];

function decodeMoneroBase58(text: string): Uint8Array | null {
  const fullBlocks = Math.floor(text.length / 11);
  const lastSize = text.length % 11;
  const lastBytes = ENCODED_BLOCK_SIZES.indexOf(lastSize);
  if (lastBytes < 0) return null;
  const out = new Uint8Array(fullBlocks * 8 + lastBytes);
  for (let b = 0; b * 11 < text.length; b++) {
    const chunk = text.slice(b * 11, b * 11 + 11);
    const size = b < fullBlocks ? 8 : lastBytes;
    let n = 0n;
    for (const ch of chunk) {
      const v = BASE58_ALPHABET.indexOf(ch);
      if (v < 0) return null;
      n = n * 58n + BigInt(v);
    }
    if (n >> BigInt(size * 8) !== 0n) return null;
    for (let i = size - 1; i >= 0; i--) {
      out[b * 8 + i] = Number(n & 0xffn);
      n >>= 8n;
    }
  }
  return out;
}

/** Mainnet network bytes: standard address, integrated address (with payment id), subaddress. */
const PREFIXES: Record<number, { kind: string; length: number }> = {
  18: { kind: 'standard', length: 69 },
  19: { kind: 'integrated', length: 77 },
  42: { kind: 'subaddress', length: 69 },
};

/** The kind of a valid mainnet Monero address ('standard', 'integrated', 'subaddress'), or null. */
export function moneroAddressKind(address: string): string | null {
  if (address.length !== 95 && address.length !== 106) return null;
  const bytes = decodeMoneroBase58(address);
  if (!bytes) return null;
  const prefix = PREFIXES[bytes[0] as number];
  if (!prefix || prefix.length !== bytes.length) return null;
  const body = bytes.subarray(0, bytes.length - 4);
  const check = keccak_256(body);
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[body.length + i]) return null;
  return prefix.kind;
}

/** Encodes raw address bytes (prefix | keys [| payment id]) with checksum; used to build test addresses. */
export function encodeMoneroAddress(body: Uint8Array): string {
  const bytes = new Uint8Array(body.length + 4);
  bytes.set(body, 0);
  bytes.set(keccak_256(body).subarray(0, 4), body.length);
  let out = '';
  for (let b = 0; b * 8 < bytes.length; b++) {
    const block = bytes.subarray(b * 8, b * 8 + 8);
    let n = 0n;
    for (const byte of block) n = (n << 8n) | BigInt(byte);
    let chunk = '';
    for (let i = 0; i < (ENCODED_BLOCK_SIZES[block.length] as number); i++) {
      chunk = BASE58_ALPHABET[Number(n % 58n)] + chunk;
      n /= 58n;
    }
    out += chunk;
  }
  return out;
}
