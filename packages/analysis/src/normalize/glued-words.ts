import { UNITS } from './number-words.data.ts';
import { NUMBER_WORDS } from './number-words.ts';

/**
 * Digit words glued into one word: "SEVENEIGHTSIX..." (all caps, no spaces), "fiVethreESEVEN",
 * "onethree" after a digit ("7OneThree"), with o/l/i standing for 0/1 inside ("seveno4",
 * "2twolo"). A word is read so only when ALL of it splits into digit words (units 0..9 of any
 * language, three letters or more) and single o, l, i; and then only with two digit words or
 * more, or one English digit word glued to a digit ("seveno4"): "lone", "Ione", "lotto" (l + otto),
 * "trio" (tri + o), "often", and "lena3" (l + Slovene "ena") stay words.
 */

/** English unit words: the only ones a single word glued to look-alikes may be ("twolo"). */
const ENGLISH = new Set(UNITS.en!.flatMap((w) => w.split('|')));

/** Digit words that are also English words, which glued to another would read as digits ("ketone"). */
const GLUE_STOP = new Set(['hat', 'pet', 'fire', 'ket']);

interface Node {
  next: Map<number, Node>;
  /** The digit when a unit word ends here, else -1. */
  digit: number;
}

const ROOT: Node = { next: new Map(), digit: -1 };
/** Necessary conditions on the first two and last two code units (low bytes), as bit tables. */
const FIRST = new Uint8Array(0x10000);
const LAST = new Uint8Array(0x10000);

const LOOKALIKE = 'oli';
const pair = (a: number, b: number): number => ((a & 0xff) << 8) | (b & 0xff);

(() => {
  const firsts = new Set<number>();
  const lasts = new Set<number>();
  for (const [word, w] of NUMBER_WORDS) {
    if (w.kind !== 'unit' || word.length < 3 || GLUE_STOP.has(word)) continue;
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), digit: -1 };
        node.next.set(c, child);
      }
      node = child;
    }
    node.digit = w.value;
    FIRST[pair(word.charCodeAt(0), word.charCodeAt(1))] = 1;
    LAST[pair(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1))] = 1;
    firsts.add(word.charCodeAt(0));
    lasts.add(word.charCodeAt(word.length - 1));
  }
  for (const l of LOOKALIKE) {
    const c = l.charCodeAt(0);
    for (const f of firsts) FIRST[pair(c, f)] = 1;
    for (const z of lasts) LAST[pair(z, c)] = 1;
    for (const m of LOOKALIKE) {
      FIRST[pair(c, m.charCodeAt(0))] = 1;
      LAST[pair(m.charCodeAt(0), c)] = 1;
    }
  }
})();

/** Longest word tried (longer runs of letters are not phone numbers spelled out). */
const MAX_LENGTH = 96;

/** Per position of the word: fewest look-alikes to reach it (-1 unreachable), and the piece that did. */
const best = new Int16Array(MAX_LENGTH + 1);
const words = new Int16Array(MAX_LENGTH + 1);
const from = new Int16Array(MAX_LENGTH + 1);
const digitOf = new Int8Array(MAX_LENGTH + 1);

/** Start (text index) of the piece that produced each digit of the last gluedDigits answer. */
export const gluedStarts: number[] = [];

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A necessary condition for gluedDigits(text, start, end), small enough to be inlined into a
 * caller's word loop: nearly every word of an ad fails it, and is spared the call.
 */
export function mayBeGlued(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 4 || len > MAX_LENGTH) return false;
  // Not glued to a digit, the word must hold two digit words of three letters or more: most words
  // of an ad are short, and this spares them the table and trie look-ups.
  if (
    len < 6 &&
    !isDigitCode(text.charCodeAt(end)) &&
    !(start > 0 && isDigitCode(text.charCodeAt(start - 1)))
  )
    return false;
  return (
    FIRST[pair(text.charCodeAt(start), text.charCodeAt(start + 1))] !== 0 &&
    LAST[pair(text.charCodeAt(end - 2), text.charCodeAt(end - 1))] !== 0
  );
}

/**
 * The digits of text[start, end) when the whole word is glued digit words (see above), else
 * undefined. On success gluedStarts holds where each digit's piece starts.
 */
export function gluedDigits(text: string, start: number, end: number): string | undefined {
  if (!mayBeGlued(text, start, end)) return undefined;
  const len = end - start;
  const glued = isDigitCode(text.charCodeAt(start - 1)) || isDigitCode(text.charCodeAt(end));
  best.fill(-1, 0, len + 1);
  best[0] = 0;
  words[0] = 0;
  for (let i = 0; i < len; i++) {
    const b = best[i]!;
    if (b < 0) continue;
    const c = text.charCodeAt(start + i);
    // A look-alike letter is one digit.
    if (c === 111 || c === 108 || c === 105) relax(i, i + 1, b + 1, words[i]!, c === 111 ? 0 : 1);
    // Unit words from here, along the trie.
    let node: Node | undefined = ROOT;
    for (let j = i; j < len; j++) {
      node = node.next.get(text.charCodeAt(start + j));
      if (node === undefined) break;
      if (node.digit >= 0) relax(i, j + 1, b, words[i]! + 1, node.digit);
    }
  }
  if (best[len]! < 0) return undefined;
  const real = words[len]!;
  // No more look-alikes than words plus one ("twolo"): "tresillo" is not tres-1-1-0.
  if (best[len]! > real + 1) return undefined;
  if (real < 2 && !(real === 1 && glued)) return undefined;
  let digits = '';
  gluedStarts.length = 0;
  for (let p = len; p > 0; p = from[p]!) {
    const q = from[p]!;
    if (real === 1 && p - q > 1 && !ENGLISH.has(text.slice(start + q, start + p))) return undefined;
    digits = String(digitOf[p]) + digits;
    gluedStarts.unshift(start + q);
  }
  return digits;
}

/** Reach position `to` from `at` with `lookalikes` look-alikes and `real` words, if better. */
function relax(at: number, to: number, lookalikes: number, real: number, digit: number): void {
  const cur = best[to]!;
  if (cur >= 0 && (cur < lookalikes || (cur === lookalikes && words[to]! >= real))) return;
  best[to] = lookalikes;
  words[to] = real;
  from[to] = at;
  digitOf[to] = digit;
}
