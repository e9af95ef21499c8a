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
const SPACE_RE = /\s/u;

function buildTable(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      table[c] = CC_HIGH_SURROGATE;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x20e3) table[c] = CC_IGNORE;
    else if (DIGIT_RE.test(ch)) table[c] = CC_DIGIT;
    else if (WORD_RE.test(ch)) table[c] = CC_WORD;
    else if (EMOJI_RE.test(ch)) table[c] = CC_EMOJI;
    else if (SPACE_RE.test(ch)) table[c] = CC_SPACE;
  }
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
