import { LEXICONS } from '../indicators/lexicons.ts';
import { SCORING_VERSION } from './rules.ts';

/**
 * Version of everything that determines a score: the scoring rules and each lexicon, e.g.
 * `scoring@2026.11.1;de@2026.11.1,en@2026.11.1,...`. Stored with each analysis so a score can
 * be reproduced with the same rules.
 */
export const RULES_VERSION = `scoring@${SCORING_VERSION};${[...LEXICONS]
  .sort((a, b) => (a.lang < b.lang ? -1 : 1))
  .map((l) => `${l.lang}@${l.version}`)
  .join(',')}`;
