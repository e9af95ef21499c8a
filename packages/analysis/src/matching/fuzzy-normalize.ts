import { nameEquivalents } from './name-equivalents.data.ts';
import { latinVariants } from './transliterate.ts';

const LATIN_FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Canonical form of a person's name: NFKC, lower case, Latin diacritics removed (Cyrillic letters
 * such as й and ї are kept: their marks are letters), apostrophes dropped, any other separator one
 * space. Script is kept, so exact matching stays exact; fuzzy matching compares Latin variants.
 */
export function canonicalName(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFKC').toLowerCase()) {
    if (/[\p{Script=Latin}]/u.test(ch)) {
      const folded = LATIN_FOLD[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, '');
      out += folded;
    } else if (/['\u2019\u02bc`´]/.test(ch)) {
      // O'Neil, Мар'яна: the apostrophe is not a word break.
    } else if (/[\p{L}\p{N}\p{M}]/u.test(ch)) out += ch;
    else out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A bare username (no service): lower case, no leading '@', no spaces around. */
export function canonicalUsername(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase().replace(/^@+/, '').replace(/\s+/g, '');
}

/** The Latin forms a name may be written in, including Ukrainian/Russian given-name pairs. */
export function nameVariants(value: string): string[] {
  const out = new Set<string>();
  for (const latin of latinVariants(canonicalName(value))) {
    out.add(latin);
    const tokens = latin.split(' ');
    // Swap in the other form of each given name, one token at a time (keeps the set small).
    tokens.forEach((token, i) => {
      for (const alt of nameEquivalents(token)) {
        if (alt !== token) out.add([...tokens.slice(0, i), alt, ...tokens.slice(i + 1)].join(' '));
      }
    });
  }
  return [...out].filter((v) => v !== '');
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/**
 * Handle forms for fuzzy matching: `plain` is the Latin handle without separators;
 * `folded` also undoes digit/letter swaps (k4tya_0ff → katyaoff), which legitimate digits share,
 * so a match on the folded form alone scores lower.
 */
export function handleKeys(value: string): { plain: string[]; folded: string[] } {
  const bare = canonicalUsername(
    value.includes(':') && !value.startsWith('@') ? value.slice(value.indexOf(':') + 1) : value,
  );
  const plain = latinVariants(bare).map((v) => v.replace(/[\s._\-–—~]+/g, ''));
  const folded = plain.map((v) =>
    [...v]
      .map((c) => LEET[c] ?? c)
      .join('')
      .replace(/[^\p{L}\p{N}]+/gu, ''),
  );
  return { plain: [...new Set(plain)].filter(Boolean), folded: [...new Set(folded)].filter(Boolean) };
}
