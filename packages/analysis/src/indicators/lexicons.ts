import en from '../../lexicons/en.json' with { type: 'json' };
import { type Lexicon, validateLexicon } from './lexicon-schema.ts';

/**
 * The lexicon data files, imported statically (bundled into the module graph: no file I/O at
 * run time) and validated once at import so a malformed file fails loudly, naming file and id.
 */
const RAW: Record<string, unknown> = {
  en,
};

export const LEXICONS: readonly Lexicon[] = Object.entries(RAW).map(([lang, data]) =>
  validateLexicon(data, `${lang}.json`),
);
