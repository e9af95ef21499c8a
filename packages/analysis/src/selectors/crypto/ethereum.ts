import { keccak_256 } from '@noble/hashes/sha3.js';

/**
 * EIP-55: an address in mixed case carries a checksum (a hex letter is upper-case where the
 * matching nibble of keccak256(lower-case hex) is >= 8). Returns 'checksummed', 'unchecksummed'
 * (all lower or all upper) or null (mixed case with a wrong checksum: a typo or a forgery).
 */
export function ethereumChecksumState(address: string): 'checksummed' | 'unchecksummed' | null {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) return null;
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return 'unchecksummed';
  return hex === toChecksumHex(hex.toLowerCase()) ? 'checksummed' : null;
}

function toChecksumHex(lower: string): string {
  const hash = keccak_256(new TextEncoder().encode(lower));
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const nibble = ((hash[i >> 1] as number) >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    out += nibble >= 8 ? (lower[i] as string).toUpperCase() : lower[i];
  }
  return out;
}

export function toChecksumAddress(address: string): string {
  return `0x${toChecksumHex(address.slice(2).toLowerCase())}`;
}
