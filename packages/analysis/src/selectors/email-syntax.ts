import { surveyText } from './text-survey.ts';

/**
 * The ways people write `@` and `.` in e-mail addresses to dodge scrapers, in several languages
 * (`name(at)gmail(dot)com`, `name at gmail dot com`, `name @ gmail .com`, `имя собака mail точка ru`).
 */
const SP = '[ \\t\\u00a0]';
const AT_WORDS = 'at|arroba|собака|ma[lł]pa|chiocciola|kukac|klammeraffe|snabel-a';
const DOT_WORDS = 'dot|punkt|punto|point|kropka|точка|крапка|pont|ponto|tecka|tečka|pik|prick';
const OPEN = '[(\\[{<]';
const CLOSE = '[)\\]}>]';

/** An at-sign, plain or disguised. Group 1: space before a plain `@`; group 2: space after it. */
export const AT_SEPARATOR = new RegExp(
  `(${SP}*)[@＠](${SP}*)|${SP}*${OPEN}${SP}*(?:${AT_WORDS}|@)${SP}*${CLOSE}${SP}*|${SP}+(?:${AT_WORDS})${SP}+`,
  'giu',
);

/**
 * Whether AT_SEPARATOR can match anywhere in a text: an at-sign, or an at-word with a space or an
 * opening bracket before it and a space or a closing bracket after it (what its disguised forms
 * need). One pass over the text instead of AT_SEPARATOR's three alternatives at every space.
 */
export function mayHaveAtSeparator(text: string): boolean {
  return text.indexOf('@') >= 0 || text.indexOf('＠') >= 0 || AT_WORD_HINT.test(text);
}
const AT_WORD_HINT = new RegExp(`[ \\t\\u00a0(\\[{<](?:${AT_WORDS})[ \\t\\u00a0)\\]}>]`, 'iu');

/** AT_SEPARATOR tried at one position. */
const AT_SEPARATOR_AT = new RegExp(AT_SEPARATOR.source, 'iuy');
/**
 * What every AT_SEPARATOR match holds, its anchor: an at-sign, or an at-word with a space or an
 * opening bracket before it (matched here, the word is one unit on) and a space or a closing
 * bracket after it. Only spaces and one opening bracket stand between a match's start and its anchor.
 */
const ANCHOR = new RegExp(`[@＠]|[ \\t\\u00a0(\\[{<](?=(?:${AT_WORDS})[ \\t\\u00a0)\\]}>])`, 'iuy');

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;
const isOpen = (c: number) => c === 0x28 || c === 0x5b || c === 0x7b || c === 0x3c;

/**
 * The first AT_SEPARATOR match that starts at or after `from`, as the global regex finds it from
 * there, but tried only just before each anchor instead of at every space of the text.
 */
export function nextAtSeparator(text: string, from: number): RegExpExecArray | null {
  let tried = from; // positions below this were tried (or are before `from`)
  // The survey lists every place ANCHOR may match, in order; a word's anchor starts one unit before it.
  const anchors = surveyText(text).atAnchors;
  const low = Math.max(0, from - 1);
  let k = 0;
  for (let hi = anchors.length; k < hi; ) {
    const mid = (k + hi) >>> 1;
    if (anchors[mid]! < low) k = mid + 1;
    else hi = mid;
  }
  for (; k < anchors.length; k++) {
    const a = anchors[k]!;
    const c = text.charCodeAt(a);
    let q = a;
    if (c !== 0x40 && c !== 0xff20) {
      ANCHOR.lastIndex = a;
      if (!ANCHOR.test(text)) continue;
      q = a + 1;
    }
    if (q < from) continue;
    let back = q;
    while (back > tried && isSpace(text.charCodeAt(back - 1))) back--;
    if (back > tried && isOpen(text.charCodeAt(back - 1))) {
      back--;
      while (back > tried && isSpace(text.charCodeAt(back - 1))) back--;
    }
    for (let p = back; p <= q; p++) {
      AT_SEPARATOR_AT.lastIndex = p;
      const m = AT_SEPARATOR_AT.exec(text);
      if (m) return m;
    }
    tried = q + 1;
  }
  return null;
}

/** A dot between domain labels, plain, spaced or disguised; sticky, tried right after a label. */
export const DOT_SEPARATOR = new RegExp(
  `(${SP}*)[.．](${SP}*)|${SP}*${OPEN}${SP}*(?:${DOT_WORDS}|\\.)${SP}*${CLOSE}${SP}*|${SP}+(?:${DOT_WORDS})${SP}+`,
  'iuy',
);

/** A disguised dot right before the end of a slice: joins words of a local part (`anna dot x at ...`). */
export const DOT_WORD_BEFORE = new RegExp(
  `(?:${SP}*${OPEN}${SP}*(?:${DOT_WORDS}|\\.)${SP}*${CLOSE}${SP}*|${SP}+(?:${DOT_WORDS})${SP}+)$`,
  'iu',
);

/** A domain label (letters of any script, digits, hyphens); sticky. */
export const LABEL = /[\p{L}\p{N}-]{1,63}/uy;

/** Big webmail providers: `anna at gmail.com` with a plain dot is only an e-mail for these. */
export const WEBMAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'icloud.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'web.de',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'yandex.ru',
  'yandex.com',
  'ukr.net',
  'i.ua',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
  'seznam.cz',
  'centrum.cz',
  'azet.sk',
  'abv.bg',
  'libero.it',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'yahoo.fr',
  'hotmail.fr',
  'yahoo.de',
  'hotmail.de',
  't-online.de',
  'freemail.hu',
  'citromail.hu',
  'yahoo.ro',
  'tutanota.com',
  'tuta.io',
  'zoho.com',
  'rambler.ru',
]);

/** Whether a UTF-16 code unit may be part of a local part (ASCII fast path, any letter or digit otherwise). */
export function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    return (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 46 ||
      c === 95 ||
      c === 45 ||
      c === 43 ||
      c === 37
    );
  }
  return /[\p{L}\p{N}]/u.test(text[i] as string);
}
