import type { TemplatePart } from '../dedup/template.ts';
import { transliterate } from '../matching/transliterate.ts';

/**
 * What survives translation in a template, as a sequence of keys: the kinds of its slots, emoji,
 * fixed numbers (prices, phone numbers), handles, sentence punctuation and proper names (cities,
 * brands) reduced to a script-free consonant skeleton, so "Київ", "Киев", "Kyiv" and "Kijów"
 * give the same key. Ordinary words are left out: they are what a translation changes.
 */

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};
const LATIN_EXTRA: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', đ: 'd', ı: 'i' };
const SKIPPED = new Set('aeiouyhj'.split(''));
const SENTENCE_PUNCT = '.!?|…;:';

/** The low two bits of a key say how it counts (see {@link sequenceSimilarity}). */
const PLAIN = 0;
const EMOJI = 1;
const NAME = 2;

function fnv(text: string, kind = PLAIN): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return ((h & ~3) | kind) >>> 0;
}

/**
 * Consonant skeleton of a proper name in any of Latin, Cyrillic or Greek script: transliterated,
 * marks stripped, vowels, h, j and doubled letters dropped, w read as v. Spellings that differ
 * only in vowels and transliteration scheme meet ("kyiv", "kiev" -> "kv"; "odesa", "odessa" -> "ds").
 */
export function nameKey(word: string): string {
  let latin = transliterate(word.toLowerCase(), 'ru-bgn');
  let out = '';
  for (const ch of latin.normalize('NFD')) {
    const c = GREEK[ch] ?? LATIN_EXTRA[ch] ?? ch;
    out += c;
  }
  latin = out.replace(/\p{M}/gu, '').replace(/[^a-z]/g, '');
  let key = '';
  for (const raw of latin) {
    const ch = raw === 'w' ? 'v' : raw;
    if (SKIPPED.has(ch) || key.endsWith(ch)) continue;
    key += ch;
  }
  return key;
}

function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** The translation-invariant keys of a template, in order. */
export function translationKeys(parts: readonly TemplatePart[]): Uint32Array {
  const keys: number[] = [];
  let sentenceStart = true;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as TemplatePart;
    if (part.kind === 'slot') {
      keys.push(fnv(`s${part.numeric ? 'n' : part.label === 'emoji' ? 'e' : 'w'}`));
      sentenceStart = false;
      continue;
    }
    if (part.space === 2) {
      keys.push(fnv('\n'));
      sentenceStart = true;
    }
    if (part.kind === 'emoji') {
      keys.push(fnv(`e${part.text.replace(/[\ufe0e\ufe0f]/g, '')}`, EMOJI));
    } else if (part.kind === 'number') {
      const digits = part.text.replace(/\D/g, '');
      keys.push(fnv(`n${digits.length >= 7 ? digits.slice(-9) : digits}`));
      sentenceStart = false;
    } else if (part.kind === 'punct') {
      if (part.text.includes('@')) {
        // A handle: "@" and the words, numbers and underscores glued to it.
        let handle = '';
        while (i + 1 < parts.length) {
          const next = parts[i + 1] as TemplatePart;
          if (next.kind === 'slot' || next.space !== 0 || next.kind === 'emoji') break;
          handle += next.text.toLowerCase();
          i++;
        }
        if (handle) keys.push(fnv(`h${handle}`));
        sentenceStart = false;
        continue;
      }
      for (const ch of part.text) {
        if (!SENTENCE_PUNCT.includes(ch)) continue;
        keys.push(fnv(`p${ch}`));
        sentenceStart = true;
      }
    } else {
      if (!sentenceStart && part.text.length >= 2 && startsUpper(part.text)) {
        const key = nameKey(part.text);
        if (key.length >= 2) keys.push(fnv(`w${key}`, NAME));
      }
      sentenceStart = false;
    }
  }
  return Uint32Array.from(keys);
}

/**
 * Emoji weigh three: a translator keeps them, and two lures of one operator (same phone, same
 * slots) differ mostly in them. Proper names count only when both sides have them: a language
 * that capitalises nouns (German) would otherwise look unlike its own translation.
 */
function weight(key: number): number {
  const kind = key & 3;
  return kind === EMOJI ? 3 : kind === NAME ? 0 : 1;
}

/**
 * Weighted Dice similarity of two key sequences over their heaviest common subsequence (order
 * matters): 2 * matched weight / (weight of a + weight of b), matched proper names counting on
 * both sides of the fraction.
 */
export function sequenceSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let total = 0;
  for (const k of a) total += weight(k);
  for (const k of b) total += weight(k);
  const row = new Float64Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    const x = a[i - 1] as number;
    const w = (x & 3) === NAME ? 1 : weight(x);
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      const best = Math.max(up, row[j - 1] as number);
      row[j] = x === b[j - 1] ? Math.max(best, diagonal + w) : best;
      diagonal = up;
    }
  }
  // Matched names: their weight (1) joins the matched sum and, on both sides, the total.
  const matched = row[b.length] as number;
  const names = matchedNames(a, b);
  return total + 2 * names > 0 ? (2 * matched) / (total + 2 * names) : 0;
}

function matchedNames(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (const k of a) if ((k & 3) === NAME && b.includes(k)) n++;
  return n;
}
