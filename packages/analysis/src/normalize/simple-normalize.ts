import { emojiDigits, foldCodePoint, isInvisible, isMark } from './char-tables.ts';
import { NormalizedBuilder, type NormalizedText } from './normalized-text.ts';
import { isPlainUnit } from './plain-scan.ts';

/**
 * fullNormalize for a text without combining marks (invisible ones aside), which is most of what
 * the plain path leaves: digit emoji, keycaps, full-width digits, zero-width characters. Without a
 * mark every code point normalises on its own, so runs of plain units are lower-cased as slices
 * and each other code point is replaced by its cached folding. Undefined when the text has a mark.
 */
export function simpleNormalize(raw: string): NormalizedText | undefined {
  const len = raw.length;
  let b: NormalizedBuilder | undefined;
  let run = 0; // start of the current run of plain units
  for (let i = 0; i < len; i++) {
    const c = raw.charCodeAt(i);
    if (isPlainUnit(c)) continue;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff) {
      const lo = raw.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
    }
    const folded = foldedAlone(cp);
    if (folded === null) return undefined;
    b ??= new NormalizedBuilder(len);
    if (run < i) b.pushRun(raw.slice(run, i).toLowerCase(), run);
    if (folded !== '') b.push(folded, i);
    if (cp > 0xffff) i++;
    run = i + 1;
  }
  if (!b) return undefined; // all plain: plainScan's business (it would not have sent the text here)
  if (run < len) b.pushRun(raw.slice(run).toLowerCase(), run);
  return b.finish(len);
}

const foldedCache = new Map<number, string | null>();

/**
 * What fullNormalize makes of a code point that no mark follows: a space for an ASCII control
 * character, nothing for an invisible one, digits for a digit emoji, U+FFFD for a lone surrogate,
 * else its NFKC lower case. Null for a combining mark (the text needs the full path).
 */
function foldedAlone(cp: number): string | null {
  let s = foldedCache.get(cp);
  if (s === undefined) {
    if (cp < 0x80)
      s =
        (cp >= 0x20 && cp < 0x7f) || cp === 9 || cp === 10 || cp === 13
          ? String.fromCharCode(cp).toLowerCase()
          : ' ';
    else if (isInvisible(cp)) s = '';
    else
      s =
        emojiDigits(cp) ??
        (cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : cp <= 0xffff && isMark(cp) ? null : foldCodePoint(cp));
    if (foldedCache.size < 10_000) foldedCache.set(cp, s);
  }
  return s;
}
