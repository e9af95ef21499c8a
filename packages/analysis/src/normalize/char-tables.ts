/** Character tables for normalisation: invisible characters, digit-like emoji, white space. */

/** Invisible characters that obfuscators slip between letters and digits; removed. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x20e3 || // combining enclosing keycap: the digit before it is kept
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/**
 * Zeros of the decimal digits of other scripts (NFKC leaves them alone): Arabic-Indic, Extended
 * Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
 * Kannada, Malayalam, Thai, Lao, Myanmar, Khmer: ads in those scripts write phone numbers with them.
 */
const SCRIPT_ZEROS = [
  0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040, 0x17e0,
];

/**
 * Digit-like symbols that NFKC leaves alone (dingbat and negative circled digits, 🔟), and the
 * decimal digits of other scripts ("८८६" -> "886").
 */
export function emojiDigits(cp: number): string | undefined {
  if (cp >= 0x660 && cp <= 0x17e9) {
    for (const z of SCRIPT_ZEROS) if (cp >= z && cp <= z + 9) return String(cp - z);
    return undefined;
  }
  if (cp === 0x1f51f) return '10';
  if (cp === 0x24ff) return '0';
  if (cp >= 0x2776 && cp <= 0x277f) return String(cp - 0x2776 + 1);
  if (cp >= 0x2780 && cp <= 0x2789) return String(cp - 0x2780 + 1);
  if (cp >= 0x278a && cp <= 0x2793) return String(cp - 0x278a + 1);
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11);
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1);
  return undefined;
}

const MARK = /^\p{M}$/u;
const markCache = new Uint8Array(0x10000); // 0 unknown, 1 mark, 2 not a mark

/** Whether a BMP code unit is a combining mark (cached: called for every non-ASCII character). */
export function isMark(cu: number): boolean {
  let v = markCache[cu]!;
  if (v === 0) {
    v = MARK.test(String.fromCharCode(cu)) ? 1 : 2;
    markCache[cu] = v;
  }
  return v === 1;
}

const foldCache = new Map<number, string>();

/** NFKC then lower case for one code point, cached. */
export function foldCodePoint(cp: number): string {
  let s = foldCache.get(cp);
  if (s === undefined) {
    s = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    // Lower-casing can produce a sequence that NFKC would compose differently; settle it.
    s = s.normalize('NFKC');
    if (foldCache.size < 200_000) foldCache.set(cp, s);
  }
  return s;
}

/** JavaScript's `\s`. */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
