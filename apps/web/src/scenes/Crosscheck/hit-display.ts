import type { Hit, ReferenceSet } from './crosscheck-api.ts';

/** Strong hits stand out; fuzzy ones are shown as weaker; filter hits only as possible. */
export const STRENGTH_COLOR: Record<Hit['strength'], string> = {
  strong: 'red',
  weaker: 'yellow',
  possible: 'gray',
};

export function strengthLabel(hit: Pick<Hit, 'strength' | 'score'>): string {
  const score = `${Math.round(hit.score * 100)}%`;
  if (hit.strength === 'strong') return `exact · ${score}`;
  if (hit.strength === 'weaker') return `fuzzy (weaker) · ${score}`;
  return 'possible · owner to confirm';
}

/** What the hit matched in the set, or whom to ask when the reader may not see it. */
export function matchedText(hit: Pick<Hit, 'matchedValue' | 'confirmWith'>): string {
  if (hit.matchedValue !== null && hit.matchedValue !== '') return hit.matchedValue;
  return `ask ${hit.confirmWith ?? 'the owner'} to confirm`;
}

export const VALIDITY_COLOR: Record<ReferenceSet['validity'], string> = {
  active: 'green',
  expired: 'gray',
  'not-yet-valid': 'blue',
};

/** Read a file as base64 without loading a helper library (filter files are binary). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
