/**
 * Character classes for the tokenisers, as a lookup table over the Basic Multilingual Plane so
 * the hot loop does one array read per code unit instead of a Unicode regex test.
 */

export const CC_OTHER = 0;
/** Letters and combining marks (any script): part of a word. */
export const CC_WORD = 1;
export const CC_DIGIT = 2;
/** Pictographs (emoji in the BMP such as ☎ ♥ ✨): each is a token of its own. */
export const CC_EMOJI = 3;
export const CC_SPACE = 4;
/** Joiners and variation selectors that belong to the previous emoji and are skipped. */
export const CC_IGNORE = 5;
/** High surrogate: the class of the astral code point is decided by {@link astralClass}. */
export const CC_HIGH_SURROGATE = 6;

const WORD_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{Nd}/u;
const EMOJI_RE = /\p{Extended_Pictographic}/u;

/**
 * Built with one global regex scan per class over a string of every BMP character (surrogates
 * blanked), which is far faster at start-up than 65,536 separate regex tests.
 */
function buildTable(): Uint8Array {
  const table = new Uint8Array(65536);
  const codes = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) codes[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  let all = '';
  for (let c = 0; c < 65536; c += 4096) all += String.fromCharCode(...codes.subarray(c, c + 4096));
  // Later classes win: emoji over space, words over emoji, digits over words.
  const passes: [RegExp, number][] = [
    [/\s/gu, CC_SPACE],
    [/\p{Extended_Pictographic}/gu, CC_EMOJI],
    [/[\p{L}\p{M}]/gu, CC_WORD],
    [/\p{Nd}/gu, CC_DIGIT],
  ];
  for (const [re, cls] of passes) for (const m of all.matchAll(re)) table[m.index as number] = cls;
  for (let c = 0xd800; c <= 0xdbff; c++) table[c] = CC_HIGH_SURROGATE;
  for (let c = 0xdc00; c <= 0xdfff; c++) table[c] = CC_OTHER;
  table[0x200d] = CC_IGNORE;
  table[0x20e3] = CC_IGNORE;
  for (let c = 0xfe00; c <= 0xfe0f; c++) table[c] = CC_IGNORE;
  return table;
}

export const CHAR_CLASS: Uint8Array = buildTable();

/** Class of an astral code point (emoji, historic scripts, maths letters). */
export function astralClass(codePoint: number): number {
  // Skin-tone modifiers and tag characters qualify the emoji before them.
  if (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) return CC_IGNORE;
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return CC_IGNORE;
  const ch = String.fromCodePoint(codePoint);
  if (EMOJI_RE.test(ch)) return CC_EMOJI;
  // Regional indicators (flags) are not Extended_Pictographic but read as emoji.
  if (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) return CC_EMOJI;
  if (DIGIT_RE.test(ch)) return CC_DIGIT;
  if (WORD_RE.test(ch)) return CC_WORD;
  return CC_OTHER;
}
