import { HANDLE_SERVICES } from './handle-services.ts';

/**
 * The service names of the handle kind as one regex, and the tables that let a scan try it only
 * where a name can start: its first two code units, after a non-word character.
 */

const escapeKeyword = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]?');
interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One regex source matching any of `words`, factored by common prefixes (`tele(?:gram|ga)`): twice
 * as fast as a flat alternation, and still longest-first because optional tails are greedy.
 */
export function alternationTrie(words: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.next].map(([ch, child]) => escapeKeyword(ch) + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * A service name. Word boundaries are checked in code: a Unicode lookbehind in front of the
 * alternation made the handle kind several times slower.
 */
export const KEYWORD = new RegExp(
  alternationTrie(HANDLE_SERVICES.flatMap((s) => [...s.keywords, ...s.shortKeywords])),
  'gi',
);
/** What makes a keyword part of a longer word (see isWholeWord). */
export const WORD_CHAR = /[\p{L}\p{N}_@]/u;

/** The same alternation, sticky: tried only where a keyword may start a word (see TextSurvey). */
const KEYWORD_AT = new RegExp(KEYWORD.source, 'iy');

/** KEYWORD's match starting exactly at `i`, or null. */
export function keywordAt(text: string, i: number): RegExpExecArray | null {
  KEYWORD_AT.lastIndex = i;
  return KEYWORD_AT.exec(text);
}
/** Code units a keyword can start with (either case, as the `i` flag folds them). */
export const KEYWORD_FIRST = new Uint8Array(0x10000);
/** Code units that make a keyword part of a longer word when they stand before it (WORD_CHAR). */
export const WORD_UNIT = new Uint8Array(0x10000);
{
  const firsts = new Set(
    HANDLE_SERVICES.flatMap((s) => [...s.keywords, ...s.shortKeywords]).map((k) => k[0]!),
  );
  const first = new RegExp(`^[${[...firsts].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]$`, 'i');
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (first.test(ch)) KEYWORD_FIRST[c] = 1;
    if (WORD_CHAR.test(ch)) WORD_UNIT[c] = 1;
  }
}

/**
 * The `i` flag's case folding without the `u` flag (ECMAScript Canonicalize: the upper case, unless
 * that is several units or turns a non-ASCII unit into ASCII).
 */
export function canonicalUnit(c: number): number {
  const u = String.fromCharCode(c).toUpperCase();
  const cu = u.charCodeAt(0);
  return u.length === 1 && !(c >= 0x80 && cu < 0x80) ? cu : c;
}
/** canonicalUnit of the units below 0x500 (Latin, Greek, Cyrillic), where most texts' letters are. */
const FOLD = new Uint16Array(0x500);
for (let c = 0; c < 0x500; c++) FOLD[c] = canonicalUnit(c);
const pairHash = (a: number, b: number) => (Math.imul(a, 31) + b) & 0xffff;
const tripleHash = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 31) + b, 31) + c) & 0xffff;
/** By hash of a keyword's folded first two units: 1 when the third must be checked, 2 when a keyword ends there. */
const KEYWORD_PAIR = new Uint8Array(0x10000);
/** The folded first three units of every keyword of three or more units, hashed. */
const KEYWORD_TRIPLE = new Uint8Array(0x10000);
for (const k of HANDLE_SERVICES.flatMap((s) => [...s.keywords, ...s.shortKeywords])) {
  const [a, b, c] = [0, 1, 2].map((i) => canonicalUnit(k.charCodeAt(i)));
  const pair = pairHash(a!, b!);
  KEYWORD_PAIR[pair] = Math.max(KEYWORD_PAIR[pair]!, k.length === 2 ? 2 : 1);
  if (k.length > 2) KEYWORD_TRIPLE[tripleHash(a!, b!, c!)] = 1;
}

/**
 * Whether a keyword may start with units c, d, e (NaN or 0 past the end: no keyword holds U+0000):
 * false only when the units below 0x500 among them fold to no keyword's start (no keyword is
 * shorter than two units, and none has a space among its first three).
 */
export function mayStartKeyword(c: number, d: number, e: number): boolean {
  if (c >= 0x500 || !(d < 0x500)) return true;
  const pair = KEYWORD_PAIR[pairHash(FOLD[c]!, FOLD[d]!)]!;
  if (pair !== 1) return pair === 2;
  return !(e < 0x500) || KEYWORD_TRIPLE[tripleHash(FOLD[c]!, FOLD[d]!, FOLD[e]!)] === 1;
}
