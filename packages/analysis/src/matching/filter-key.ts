import { createHmac } from 'node:crypto';

/** A sharing group's filter key: at least 256 bits, shared out of band, never written into a filter. */
export const MIN_KEY_BYTES = 32;

export class FilterKeyError extends Error {
  override name = 'FilterKeyError';
}

/**
 * Read a key file: the key as hex (64+ digits) or base64, on one line; blank lines and lines
 * starting with '#' are ignored so a key file can carry a note on who shares it.
 */
export function parseFilterKey(text: string): Uint8Array {
  const body = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .join('');
  if (body === '') throw new FilterKeyError('key file is empty: expected the key as hex or base64');
  let key: Uint8Array;
  if (/^[0-9a-fA-F]+$/.test(body) && body.length % 2 === 0) key = Buffer.from(body, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(body)) key = Buffer.from(body, 'base64');
  else throw new FilterKeyError('key file is not hex or base64');
  if (key.length < MIN_KEY_BYTES) {
    throw new FilterKeyError(
      `key is ${key.length} bytes; a filter key must have at least ${MIN_KEY_BYTES} bytes`,
    );
  }
  return new Uint8Array(key);
}

/** Key file text for a new key (the caller supplies the random bytes, keeping this module clock- and entropy-free). */
export function formatFilterKey(key: Uint8Array, note?: string): string {
  if (key.length < MIN_KEY_BYTES)
    throw new FilterKeyError(`a filter key needs at least ${MIN_KEY_BYTES} bytes`);
  const comment = note ? `# ${note.replace(/\r?\n/g, ' ')}\n` : '';
  return `${comment}# Vigil filter key ${filterKeyId(key)}: share only within the sharing group\n${Buffer.from(key).toString('hex')}\n`;
}

/**
 * A public fingerprint of the key, written into filters so a wrong key is named as such:
 * the first 16 hex digits of HMAC-SHA-256(key, "vigil-filter-key-id/v1"). Being a PRF output,
 * it reveals nothing about the key.
 */
export function filterKeyId(key: Uint8Array): string {
  return createHmac('sha256', key).update('vigil-filter-key-id/v1').digest('hex').slice(0, 16);
}
