import { sha3_256 } from '@noble/hashes/sha3.js';
import type { SelectorKind, SelectorMatch } from '../types.ts';
import { base32Decode, base32Encode } from './base32.ts';
import { surveyText } from './text-survey.ts';

/** A v3 (56 chars) or v2 (16 chars) onion address; subdomains in front are left out of the match. */
const ONION = /(?<![a-z0-9-])([a-z2-7]{56}|[a-z2-7]{16})\.onion(?![a-z0-9-])/gi;
const CHECKSUM_PREFIX = new TextEncoder().encode('.onion checksum');

/**
 * Tor rend-spec-v3: address = base32(pubkey(32) | checksum(2) | version(1)),
 * checksum = SHA3-256(".onion checksum" | pubkey | version)[:2], version = 3.
 */
export function isValidOnionV3(label: string): boolean {
  const bytes = base32Decode(label);
  if (bytes?.length !== 35 || bytes[34] !== 3) return false;
  const digest = onionChecksum(bytes.subarray(0, 32));
  return digest[0] === bytes[32] && digest[1] === bytes[33];
}

function onionChecksum(pubkey: Uint8Array): Uint8Array {
  const input = new Uint8Array(CHECKSUM_PREFIX.length + 33);
  input.set(CHECKSUM_PREFIX, 0);
  input.set(pubkey, CHECKSUM_PREFIX.length);
  input[input.length - 1] = 3;
  return sha3_256(input);
}

/** The v3 address of an ed25519 public key (used to build synthetic test addresses). */
export function onionV3FromPublicKey(pubkey: Uint8Array): string {
  const bytes = new Uint8Array(35);
  bytes.set(pubkey, 0);
  bytes.set(onionChecksum(pubkey).subarray(0, 2), 32);
  bytes[34] = 3;
  return `${base32Encode(bytes)}.onion`;
}

interface OnionValue {
  value: string;
  flags?: string[];
}

/** `<address>.onion`, lower-case, subdomains dropped; v2 is flagged 'deprecated_v2' (Tor dropped it in 2021). */
function parseOnion(label: string): OnionValue | null {
  const lower = label.toLowerCase();
  if (lower.length === 56) return isValidOnionV3(lower) ? { value: `${lower}.onion` } : null;
  if (lower.length === 16 && /^[a-z2-7]{16}$/.test(lower))
    return { value: `${lower}.onion`, flags: ['deprecated_v2'] };
  return null;
}

/** Whether `.onion` (any case) may stand in the text: at one of its link triggers (a dot before an o). */
function mayHaveOnion(text: string): boolean {
  for (const at of surveyText(text).linkTriggers) {
    const c = text.charCodeAt(at + 1);
    if ((c === 0x6f || c === 0x4f) && /^\.onion/i.test(text.slice(at, at + 6))) return true;
  }
  return false;
}

function extractOnions(text: string): SelectorMatch[] {
  if (!mayHaveOnion(text)) return [];
  const out: SelectorMatch[] = [];
  ONION.lastIndex = 0;
  for (let m = ONION.exec(text); m !== null; m = ONION.exec(text)) {
    const parsed = parseOnion(m[1] ?? '');
    if (!parsed) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    out.push({
      type: 'onion',
      value: parsed.value,
      raw: text.slice(start, end),
      start,
      end,
      ...(parsed.flags && { flags: parsed.flags }),
    });
  }
  return out;
}

/** Tor onion service addresses; v3 addresses must carry a valid checksum. */
export const onionKind: SelectorKind = {
  type: 'onion',
  extract: (text) => extractOnions(text),
  normalize(value) {
    const m =
      /^\s*(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[a-z0-9-]{1,63}\.)*([a-z2-7]{56}|[a-z2-7]{16})\.onion\.?(?:[:/?#]\S*)?\s*$/i.exec(
        value,
      );
    return m ? (parseOnion(m[1] ?? '')?.value ?? null) : null;
  },
  validate(value) {
    return /^(?:[a-z2-7]{56}|[a-z2-7]{16})\.onion$/.test(value) && parseOnion(value.slice(0, -6)) !== null;
  },
  compare(a, b) {
    return a === b ? 1 : 0;
  },
};
