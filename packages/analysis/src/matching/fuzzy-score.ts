import { canonicalName, canonicalUsername, handleKeys, nameVariants } from './fuzzy-normalize.ts';
import { trigramSimilarity } from './trigram.ts';

/** Matches at or above this score are reported as weak (fuzzy) hits. */
export const DEFAULT_FUZZY_THRESHOLD = 0.55;

/** Folded (digit/letter swap) matches are worth less than plain ones: legitimate handles differ by digits too. */
const FOLDED_WEIGHT = 0.9;
/** A name found only through a transliteration or a Ukrainian/Russian name pair. */
const VARIANT_WEIGHT = 0.95;

export interface FuzzyScore {
  score: number;
  /** How the best score was reached, shown to the analyst. */
  via: 'exact' | 'trigram' | 'transliteration' | 'folded';
}

/** Similarity of two person names in [0, 1], across scripts and Ukrainian/Russian forms. */
export function nameScore(a: string, b: string): FuzzyScore {
  const ca = canonicalName(a);
  const cb = canonicalName(b);
  if (ca === '' || cb === '') return { score: 0, via: 'trigram' };
  if (ca === cb) return { score: 1, via: 'exact' };
  let best: FuzzyScore = { score: trigramSimilarity(ca, cb), via: 'trigram' };
  const va = nameVariants(a);
  const vb = nameVariants(b);
  for (const x of va) {
    for (const y of vb) {
      const s = (x === y ? 1 : trigramSimilarity(x, y)) * VARIANT_WEIGHT;
      if (s > best.score) best = { score: s, via: 'transliteration' };
    }
  }
  return best;
}

/** Similarity of two usernames/handles in [0, 1]; `service:` prefixes and '@' are ignored. */
export function handleScore(a: string, b: string): FuzzyScore {
  if (canonicalUsername(a) === canonicalUsername(b)) return { score: 1, via: 'exact' };
  const ka = handleKeys(a);
  const kb = handleKeys(b);
  let best: FuzzyScore = { score: 0, via: 'trigram' };
  for (const x of ka.plain) {
    for (const y of kb.plain) {
      const s = x === y ? 0.98 : trigramSimilarity(x, y);
      if (s > best.score) best = { score: s, via: 'trigram' };
    }
  }
  for (const x of ka.folded) {
    for (const y of kb.folded) {
      const s = (x === y ? 1 : trigramSimilarity(x, y)) * FOLDED_WEIGHT;
      if (s > best.score) best = { score: s, via: 'folded' };
    }
  }
  return best;
}
