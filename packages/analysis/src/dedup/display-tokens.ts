import * as cc from './char-class.ts';
import { NUMBER_TOKEN } from './tokenize.ts';

const CHAR_CLASS: Uint8Array = cc.CHAR_CLASS;

/**
 * Tokens of the original text for templates: words, numbers, emoji and punctuation, with their
 * original spelling and the whitespace before them, so a template reads like the ad it came from.
 * `key` is what alignment compares: the NFKC lower-case word, one shared key for every number.
 */
export type DisplayKind = 'word' | 'number' | 'emoji' | 'punct';

export interface DisplayToken {
  text: string;
  key: number;
  kind: DisplayKind;
  /** Whitespace before the token: 0 none, 1 space, 2 line break. */
  space: 0 | 1 | 2;
}

/** Class of the character at `i` and how many code units it takes (2 for astral characters). */
function classAt(text: string, i: number): number {
  const cls = CHAR_CLASS[text.charCodeAt(i)] as number;
  if (cls !== cc.CC_HIGH_SURROGATE) return cls;
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff ? cc.astralClass(cp) : cc.CC_OTHER;
}

function widthAt(text: string, i: number): number {
  return (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

/**
 * Alignment key of a word: FNV-1a of its lower case, folded inline for ASCII; NFKC is applied
 * only when the word holds compatibility forms (fullwidth, ligatures, letterlike symbols).
 */
function wordKey(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c > 0x7f) return slowWordKey(text.slice(start, end));
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return h >>> 0;
}

function slowWordKey(word: string): number {
  let compat = false;
  for (let k = 0; k < word.length && !compat; k++) {
    const c = word.charCodeAt(k);
    compat = (c >= 0x2100 && c <= 0x24ff) || c >= 0xfb00 || (c >= 0xd800 && c <= 0xdfff);
  }
  return fnv((compat ? word.normalize('NFKC') : word).toLowerCase(), 0);
}

function fnv(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function isDigitAt(text: string, i: number): boolean {
  return i < text.length && CHAR_CLASS[text.charCodeAt(i)] === cc.CC_DIGIT;
}

/** End of a number starting at `i`: digits with single separators (space . , - / ( )) between. */
function numberEnd(text: string, i: number): number {
  let end = i;
  let j = i;
  while (j < text.length) {
    if (isDigitAt(text, j)) {
      j++;
      end = j;
      continue;
    }
    const c = text[j] as string;
    if (' .,-/()'.includes(c) && j - end < 2) j++;
    else break;
  }
  return end;
}

/** Tokenise `text` for display, reading at most `maxTokens` tokens. */
export function displayTokens(text: string, maxTokens = 400): DisplayToken[] {
  const out: DisplayToken[] = [];
  let space = 0 as 0 | 1 | 2;
  let i = 0;
  while (i < text.length && out.length < maxTokens) {
    const cls = classAt(text, i);
    const width = cls === cc.CC_SPACE || cls === cc.CC_WORD || cls === cc.CC_DIGIT ? 1 : widthAt(text, i);
    if (cls === cc.CC_SPACE) {
      const ch = text[i];
      space = ch === '\n' || ch === '\r' || space === 2 ? 2 : 1;
      i++;
      continue;
    }
    if (cls === cc.CC_IGNORE) {
      // Joiners and variation selectors stay attached to the emoji before them.
      const last = out[out.length - 1];
      if (last && last.kind === 'emoji' && space === 0) last.text += text.slice(i, i + width);
      i += width;
      continue;
    }
    let end = i + width;
    let kind: DisplayKind;
    let key: number;
    if (cls === cc.CC_WORD) {
      while (end < text.length && CHAR_CLASS[text.charCodeAt(end)] === cc.CC_WORD) end++;
      kind = 'word';
      key = wordKey(text, i, end);
    } else if (cls === cc.CC_DIGIT || (text[i] === '+' && isDigitAt(text, i + 1))) {
      end = numberEnd(text, text[i] === '+' ? i + 1 : i);
      kind = 'number';
      key = NUMBER_TOKEN;
    } else if (cls === cc.CC_EMOJI) {
      kind = 'emoji';
      key = fnv(text.slice(i, end), 1);
    } else {
      while (end < text.length && classAt(text, end) === cc.CC_OTHER && text[end] !== '+') end++;
      kind = 'punct';
      key = fnv(text.slice(i, end), 2);
    }
    out.push({ text: text.slice(i, end), key, kind, space: out.length === 0 ? 0 : space });
    space = 0;
    i = end;
  }
  return out;
}
