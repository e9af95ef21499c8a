/** BIP-173 (bech32) and BIP-350 (bech32m) decoding of segwit addresses. */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i] as number;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

export interface SegwitAddress {
  hrp: string;
  version: number;
  program: Uint8Array;
}

/** Decodes a segwit address for `hrp` ('bc', 'ltc'), enforcing bech32 for v0 and bech32m for v1+. */
export function decodeSegwit(address: string, hrp: string): SegwitAddress | null {
  if (address.length > 90 || (address !== address.toLowerCase() && address !== address.toUpperCase()))
    return null;
  const lower = address.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep !== hrp.length || lower.slice(0, sep) !== hrp || lower.length - sep - 1 < 6) return null;
  const data: number[] = [];
  for (let i = sep + 1; i < lower.length; i++) {
    const v = CHARSET.indexOf(lower[i] as string);
    if (v < 0) return null;
    data.push(v);
  }
  const constant = polymod([...hrpExpand(hrp), ...data]);
  const version = data[0] as number;
  if (version > 16) return null;
  if (constant !== (version === 0 ? BECH32_CONST : BECH32M_CONST)) return null;
  const program = convertBits(data.slice(1, -6), 5, 8);
  if (!program || program.length < 2 || program.length > 40) return null;
  if (version === 0 && program.length !== 20 && program.length !== 32) return null;
  return { hrp, version, program: Uint8Array.from(program) };
}

/** Encodes a segwit address (bech32 for v0, bech32m for v1+); used to build test addresses. */
export function encodeSegwit(hrp: string, version: number, program: Uint8Array): string {
  const data = [version, ...(convertBits([...program], 8, 5, true) ?? [])];
  const mod =
    polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ (version === 0 ? BECH32_CONST : BECH32M_CONST);
  for (let i = 0; i < 6; i++) data.push((mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${data.map((d) => CHARSET[d]).join('')}`;
}

function convertBits(data: number[], from: number, to: number, pad = false): number[] | null {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const value of data) {
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) return null;
  return out;
}
