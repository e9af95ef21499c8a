import { LexiconError, MIN_STEM } from './lexicon-schema.ts';
import { keysOf } from './tokenize.ts';

/**
 * Pattern syntax (see lexicons/README.md):
 *   `word`      the whole word, compared on folded keys (case and diacritics ignored)
 *   `stem*`     any word that starts with `stem` (inflection: `біжен*`, `uchodźc*`)
 *   `*tail`     any word that ends with `tail` (compounds: `*mädchen` matches `schulmädchen`)
 *   `(a|b*|c)`  one word, any of the alternatives
 *   `[a|b]`     an optional word (zero or one of the alternatives)
 *   `~`         zero to three arbitrary words
 * Words of a multi-word pattern may be separated by any short run of spaces and punctuation.
 * Chunks with inner punctuation (`24/7`, `e-mail`, `n'hésitez`) expand into several words.
 */

export const EXACT = 0;
export const PREFIX = 1;
export const SUFFIX = 2;

export interface SlotAlt {
  word: string;
  mode: typeof EXACT | typeof PREFIX | typeof SUFFIX;
}

/** A slot is either one word (with alternatives, maybe optional) or a skip of up to `MAX_SKIP` words. */
export type Slot = { skip: true } | { skip: false; optional: boolean; alts: SlotAlt[] };

export const MAX_SKIP = 3;

export const parsePattern = (pattern: string, where: string): Slot[] => {
  const fail = (msg: string): never => {
    throw new LexiconError(`${where}: pattern "${pattern}": ${msg}`);
  };
  const slots: Slot[] = [];
  for (const chunk of pattern.trim().split(/\s+/u)) {
    if (chunk === '~') {
      slots.push({ skip: true });
      continue;
    }
    const optional = chunk.startsWith('[');
    if (chunk.startsWith('(') || optional) {
      if (!chunk.endsWith(optional ? ']' : ')')) fail('unbalanced brackets');
      const alts = chunk
        .slice(1, -1)
        .split('|')
        .map((alt) => {
          const words = keysOf(alt.replace(/^\*|\*$/gu, ''));
          if (words.length !== 1) fail(`alternative "${alt}" must be exactly one word`);
          return altOf(words[0]!, alt.startsWith('*'), alt.endsWith('*'), fail);
        });
      slots.push({ skip: false, optional, alts });
      continue;
    }
    if (/[()[\]|~]/u.test(chunk)) fail(`stray syntax character in "${chunk}"`);
    const leading = chunk.startsWith('*');
    const trailing = chunk.endsWith('*') && chunk.length > 1;
    const words = keysOf(chunk.replace(/^\*|\*$/gu, ''));
    if (words.length === 0) fail(`"${chunk}" has no letters, digits or emoji`);
    words.forEach((w, i) => {
      const alt = altOf(w, leading && i === 0, trailing && i === words.length - 1, fail);
      slots.push({ skip: false, optional: false, alts: [alt] });
    });
  }
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (!first || first.skip || first.optional || !last || last.skip) {
    fail('must start with a required word and not end with ~');
  }
  return slots;
};

const altOf = (word: string, leading: boolean, trailing: boolean, fail: (m: string) => never): SlotAlt => {
  if (leading && trailing) fail(`"*${word}*": a word may have a * at one end only`);
  if ((leading || trailing) && word.length < MIN_STEM) fail(`stem "${word}" is shorter than ${MIN_STEM}`);
  if (word.includes('*')) fail(`"*" is only allowed at the start or end of a word`);
  return { word, mode: trailing ? PREFIX : leading ? SUFFIX : EXACT };
};
