import type { SelectorKind, SelectorMatch } from '../types.ts';
import { base58CheckDecode } from './crypto/base58.ts';
import { decodeSegwit } from './crypto/bech32.ts';
import { ethereumChecksumState } from './crypto/ethereum.ts';
import { moneroAddressKind } from './crypto/monero.ts';
import { surveyText } from './text-survey.ts';

/**
 * Cheap candidate shapes; every candidate is then checksum-validated, so random strings of the
 * right alphabet and length do not pass. Sticky and tried only at the start of each run of ASCII
 * letters and digits the survey found: every shape is such a whole run.
 */
const CANDIDATE =
  /(?:0x[0-9a-fA-F]{40}|(?:bc1|BC1|ltc1|LTC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}|[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?|[13LMT][1-9A-HJ-NP-Za-km-z]{25,34})(?![0-9A-Za-z])/y;

/** Base58Check version bytes of mainnet addresses. */
const BASE58_VERSIONS: Record<number, string> = { 0: 'btc', 5: 'btc', 48: 'ltc', 50: 'ltc', 65: 'trx' };

export interface CryptoAddress {
  /** `btc:`, `ltc:`, `eth:`, `xmr:` or `trx:` followed by the address (bech32 and ETH lower-case). */
  value: string;
  flags?: string[];
}

/** Validates one address of any supported chain by its checksum. */
export function parseCryptoAddress(address: string): CryptoAddress | null {
  if (address.startsWith('0x')) {
    const state = ethereumChecksumState(address);
    if (!state) return null;
    const value = `eth:${address.toLowerCase()}`;
    return state === 'unchecksummed' ? { value, flags: ['unchecksummed'] } : { value };
  }
  const lower = address.toLowerCase();
  for (const [hrp, chain] of [
    ['bc', 'btc'],
    ['ltc', 'ltc'],
  ] as const) {
    if (!lower.startsWith(`${hrp}1`)) continue;
    const segwit = decodeSegwit(address, hrp);
    // v0 (P2WPKH, P2WSH) and v1 taproot are in use; other versions are valid on paper only.
    if (!segwit || segwit.version > 1 || (segwit.version === 1 && segwit.program.length !== 32)) return null;
    return { value: `${chain}:${lower}` };
  }
  if ((address.length === 95 || address.length === 106) && (address[0] === '4' || address[0] === '8')) {
    return moneroAddressKind(address) ? { value: `xmr:${address}` } : null;
  }
  if (address.length < 26 || address.length > 35) return null;
  const payload = base58CheckDecode(address);
  if (payload?.length !== 21) return null;
  const chain = BASE58_VERSIONS[payload[0] as number];
  return chain ? { value: `${chain}:${address}` } : null;
}

function extractCrypto(text: string): SelectorMatch[] {
  const out: SelectorMatch[] = [];
  const runs = surveyText(text).cryptoRuns;
  for (let r = 0; r < runs.length; r += 2) {
    CANDIDATE.lastIndex = runs[r]!;
    const m = CANDIDATE.exec(text);
    if (!m) continue;
    const parsed = parseCryptoAddress(m[0]);
    if (!parsed) continue;
    const end = m.index + m[0].length;
    out.push({
      type: 'crypto',
      value: parsed.value,
      raw: m[0],
      start: m.index,
      end,
      ...(parsed.flags && { flags: parsed.flags }),
    });
  }
  return out;
}

const PREFIX =
  /^(?:btc|bitcoin|ltc|litecoin|eth|ethereum|xmr|monero|trx|tron|usdt|usdt-trc20|trc20|erc20):(?:\/\/)?/i;

/** Crypto-currency addresses (BTC, LTC, ETH, XMR, TRON/USDT-TRC20), each validated by its checksum. */
export const cryptoKind: SelectorKind = {
  type: 'crypto',
  extract: (text) => extractCrypto(text),
  normalize(value) {
    const bare = value.trim().replace(PREFIX, '').replace(/\?.*$/, '');
    return parseCryptoAddress(bare)?.value ?? null;
  },
  validate(value) {
    return cryptoKind.normalize(value) === value;
  },
  compare(a, b) {
    return a === b ? 1 : 0;
  },
};
