import { isJsSpace } from '../normalize/char-tables.ts';
import { lastWords } from '../normalize/digit-text.ts';
import { classAt, LETTER as LETTER_CLASS, widthAt } from '../normalize/letter-class.ts';
import { WordFilter } from '../normalize/word-filter.ts';
import { LANGUAGE_REGIONS, REGION_CLUES } from './phone-regions.data.ts';
import type { DigitGroup, DigitRun } from './phone-scanner.ts';

/**
 * Context rules that tell a phone number from the other digit runs of an ad: dates, times,
 * prices, measurements, order and ID numbers, URLs. Each rule looks only at the few characters
 * around a candidate in the digit view of the text (lower case).
 */

// Clue lookup by first word ("new york" under "new"); domain clues (".co.uk") by one regex. A
// single alternation with look-behinds over all clues cost ~0.5 ms per text: too slow.
const CLUE_REGION = new Map<string, string>();
const BY_FIRST_WORD = new Map<string, string[]>();
const DOMAIN_CLUES: string[] = [];
for (const [region, words] of Object.entries(REGION_CLUES)) {
  for (const w of words) {
    CLUE_REGION.set(w, region);
    if (w.startsWith('.')) DOMAIN_CLUES.push(w);
    else {
      const first = w.split(/[\s-]/)[0]!;
      BY_FIRST_WORD.set(
        first,
        [...(BY_FIRST_WORD.get(first) ?? []), w].sort((x, y) => y.length - x.length),
      );
    }
  }
}
const DOMAIN_RE = new RegExp(
  `(?:${DOMAIN_CLUES.sort((a, b) => b.length - a.length)
    .map((d) => d.replace(/\./g, '\\.'))
    .join('|')})(?![a-z0-9.-])`,
  'g',
);
/** The first words of the clues: most words of a text start no clue, and are not even sliced. */
const FIRST_WORDS = new WordFilter(BY_FIRST_WORD.keys());

/** A letter in the code unit at `i` (what `/\p{L}/u.test(text[i])` says). */
const letterUnit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return i < text.length && (c < 0xd800 || c > 0xdfff) && classAt(text, i) === LETTER_CLASS;
};

/** ASCII letters, read inline (the letter table costs a call per character). */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_LETTER[c] = ASCII_LETTER[c + 32] = 1;

// Helpers are module functions, not closures: tsx compiles with keepNames, and every closure
// created in a hot path then costs a defineProperty call.
function countClue(counts: Map<string, number> | undefined, clue: string): Map<string, number> {
  const r = CLUE_REGION.get(clue)!;
  const out = counts ?? new Map<string, number>();
  out.set(r, (out.get(r) ?? 0) + 1);
  return out;
}

/** Regions named in the text (cities, countries, domains), most mentioned first. */
export function clueRegions(text: string): string[] {
  let counts: Map<string, number> | undefined;
  // The words digitText found in this text hold every run of letters: a word of letters only is
  // one; the others are scanned.
  const words = lastWords(text);
  if (words === undefined) counts = letterRunClues(text, 0, text.length, counts);
  else
    for (let t = 0; t < words.count; t++) {
      const start = words.start[t]!;
      const end = words.end[t]!;
      counts = words.plain[t] ? wordClue(text, start, end, counts) : letterRunClues(text, start, end, counts);
    }
  if (text.indexOf('.') >= 0) {
    DOMAIN_RE.lastIndex = 0;
    for (let m = DOMAIN_RE.exec(text); m !== null; m = DOMAIN_RE.exec(text)) counts = countClue(counts, m[0]);
  }
  if (counts === undefined) return [];
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
}

/** The clue starting with the run of letters text[start, end), counted. */
function wordClue(
  text: string,
  start: number,
  end: number,
  counts: Map<string, number> | undefined,
): Map<string, number> | undefined {
  if (!FIRST_WORDS.mayContain(text, start, end)) return counts;
  const list = BY_FIRST_WORD.get(text.slice(start, end));
  if (!list) return counts;
  for (const clue of list) {
    if (text.startsWith(clue, start) && !letterUnit(text, start + clue.length))
      return countClue(counts, clue);
  }
  return counts;
}

/** The clues of the runs of letters in text[from, n), as /\p{L}+/gu finds them, read with the letter table. */
function letterRunClues(
  text: string,
  from: number,
  n: number,
  counts: Map<string, number> | undefined,
): Map<string, number> | undefined {
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? ASCII_LETTER[c] === 0 : classAt(text, i) !== LETTER_CLASS) {
      i++;
      continue;
    }
    const start = i;
    i += c < 0xd800 ? 1 : widthAt(text, i);
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 0x80) {
        if (ASCII_LETTER[d] === 0) break;
        i++;
      } else if (classAt(text, i) === LETTER_CLASS) i += widthAt(text, i);
      else break;
    }
    counts = wordClue(text, start, i, counts);
  }
  return counts;
}

/** Regions where the language of the text is spoken (a weak hint). */
export function languageRegions(lang: string | undefined): string[] {
  return LANGUAGE_REGIONS[lang ?? ''] ?? [];
}

// Words right before a digit run that make it something other than a phone number: order and
// reference numbers, tax and company numbers (an Italian P.IVA is 11 digits like a landline).
const ID_BEFORE =
  /(?:^|[^\p{L}])(?:order|ref|réf|reference|référence|iva|tva|siret|siren|nif|cif|gst|gstin|invoice|iban|account|acct|konto|rekening|sku|vin|tracking|ticket|case|dossier|bestelnummer|bestellnummer|kundennummer|rechnung|factuur|commande|facture|pedido|factura|zamówienie|zamowienie|faktura|comanda|factura|заказ|замовлення|счет|рахунок|postcode|zip|plz|kvk|btw|vat|nip|regon|krs|pesel|инн|огрн|bsn|isbn|ean|imei|serial|lot|id|ид|art|item|listing|post|booking|reservation|confirmation|member|profile|verification|ad|annonce|anzeige|advertentie|ogłoszenie|оголошення|объявление)\.?\s*(?:n[or]\.?|nummer|number|num|#|№|:|-)?\s*[:#№]?\s*$/u;
// Words right before a digit run that say it is a phone number (override ID words further back).
const PHONE_BEFORE =
  /(?:tel|tél|phone|ph|call|text|txt|sms|textme|txtme|callme|mob|mobile|cell|whats\s?app|wa|viber|telegram|signal|bel|bellen|ruf|anruf|handy|appel|appelez|llama|llámame|llamar|móvil|movil|zadzwoń|zadzwon|dzwoń|sună|suna|телефон|тел|звоните|дзвоніть|номер|contact|kontakt|contacto|contatto|nummer|number|numero|número|numer|număr|nr|no)\.?\s*[:.]?\s*$/u;

// Prices, and pay in job ads ("salary 18000-22000" reads as an Indian toll-free number).
const CURRENCY_BEFORE =
  /(?:(?<!\d\s?)[$€£¥₴₽₹]|(?:^|[^\p{L}])(?:eur|usd|gbp|pln|ron|uah|chf|aud|cad|inr|rs|salary|salaries|wage|wages|pay|stipend|gehalt|lohn|loon|salaris|salaire|salario|sueldo|stipendio|pensja|wynagrodzenie|зарплата|зарплатня|price|prijs|preis|prix|precio|prezzo|cena|preț|pret|ціна|цена|kosten|cost|costs))\s*[:=]?\s*$/u;
const AFTER_AMOUNT =
  /^\s?(?:[$€£¥₴₽₹%]|(?:eur|euro|euros|usd|dollars?|pln|zł|zl|lei|ron|uah|грн|руб|kr|chf|gbp|pounds?|rs|inr|rupees?|k|mln|tys|тыс|тис)(?![\p{L}]))/u;
const AFTER_UNIT =
  /^\s?(?:cm|mm|km|kg|g|gr|lbs?|m²|m2|sqm|ml|gb|mb|tb|px|mp|yo|y\.o|years?|yrs|jaar|jahre?|ans|años|anni|lat|ani|лет|років|rokov|év|hrs|min|sec|st|nd|rd|th)(?![\p{L}])/u;
// Dutch postcode "1012 AB" (lower-cased by normalisation).
const POSTCODE_AFTER = /^ ([a-z]{2})(?![\p{L}])/u;
const TWO_LETTER_WORDS = new Set(
  'or id am at in on to is it of de la le el en et da na za si ou og om op um an as be by do go he if me my no so up us we ja ne ni'.split(
    ' ',
  ),
);
const PHONE_AFTER_WORDS = /^(?:whats\s?app|wa|viber|telegram|signal|tel|call|sms|text|only|24|\/7)/u;

const URL_OR_ID_BEFORE = '=?&#@%$€£\\';
const ASCII_LOWER = (c: number): boolean => c >= 97 && c <= 122;

/** Why a candidate spanning text[start, end) is not a phone number, or null if it may be one. */
export function rejectReason(text: string, start: number, end: number): string | null {
  return rejectBefore(text, start) ?? rejectAfter(text, end);
}

/**
 * The part of rejectReason that depends only on what comes before a candidate starting at
 * `start`: the phone scanner asks it once per start, not once per (start, end) pair.
 */
export function rejectBefore(text: string, start: number): string | null {
  const floor = Math.max(0, start - 40);
  const prevCh = text[start - 1] ?? ' ';
  // The regexes below end in `$`, so V8 tries them at every position of the text before `start`
  // (sliced only for them); each is first put to a cheap necessary condition on the characters
  // just before `start`.
  const pk = wordBeforeTail(text, floor, start, PHONE_TAIL);
  const phoneCue =
    pk >= 0 && endsWithWord(text, floor, pk, PHONE_WORDS) && PHONE_BEFORE.test(text.slice(floor, start));
  // Glued to letters or digits: part of a code, a hash or an ID (tel0612... is allowed).
  if (letterUnit(text, start - 1) && !phoneCue && !rateGlued(text, start)) return 'attached';
  if (URL_OR_ID_BEFORE.includes(prevCh) && !(prevCh === '#' && hashtagNumber(text, start)))
    return 'url_or_id';
  if (prevCh === ':' && isDigitCode(text.charCodeAt(start - 2))) return 'time';
  if (prevCh === '/' && /[\p{L}\p{N}]\/$/u.test(text.slice(floor, start)))
    return waLink(text, start) ? null : 'url_or_id';
  if (
    urlCharInLastToken(text, floor, start) &&
    /(?:https?:|www\.|\.[a-z]{2,6}\/)\S*$/.test(text.slice(floor, start))
  )
    return 'url_or_id';
  if (!phoneCue) {
    const ik = wordBeforeTail(text, floor, start, ID_TAIL);
    if (ik >= 0 && endsWithWord(text, floor, ik, ID_WORDS) && ID_BEFORE.test(text.slice(floor, start)))
      return 'id_number';
  }
  const ck = wordBeforeTail(text, floor, start, CURRENCY_TAIL);
  if (
    ck >= 0 &&
    (CURRENCY_SIGNS.includes(text[ck]!) || endsWithWord(text, floor, ck, CURRENCY_WORDS)) &&
    CURRENCY_BEFORE.test(text.slice(floor, start))
  )
    return 'price';
  return null;
}

/** Units of an hourly rate that a number may be glued to ("$250hr", "£180/hr", "150hh"). */
const RATE_UNITS = ['hr', 'hrs', 'h', 'hh', 'hour'];

/**
 * A number glued after the unit of a price by the hour ("$250hr4845590273", "£180/hr07912680453"):
 * the unit ends the price before it (digits, or digits and '/', just before the unit), not an ID
 * ("ab12hr...").
 */
function rateGlued(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 4 && ASCII_LOWER(text.charCodeAt(k))) k--;
  if (!RATE_UNITS.includes(text.slice(k + 1, start))) return false;
  if (text.charCodeAt(k) === 47) k--; // '/'
  if (k < 0 || !isDigitCode(text.charCodeAt(k))) return false;
  // The price itself stands alone ("$250", "250"), not inside a code ("ab12hr...").
  while (k >= 0 && isDigitCode(text.charCodeAt(k))) k--;
  return !letterAt(text, k);
}

/** Digits a hashtag needs to be read as a phone number ("#3125550147"; "#2025" is a year). */
const HASHTAG_DIGITS = 9;

/**
 * A hashtag of digits only at `start` ("#07700900123"), after a space or at the start of the
 * text, long enough to be a number and ending the tag: a number, where "page#12" or "#2025" are not.
 */
function hashtagNumber(text: string, start: number): boolean {
  if (start >= 2) {
    const c = text.charCodeAt(start - 2);
    if (!isJsSpace(c) && c !== 40 && c !== 44) return false; // ( ,
  }
  let k = start;
  while (k < text.length && isDigitCode(text.charCodeAt(k))) k++;
  return k - start >= HASHTAG_DIGITS && !isDigitCode(text.charCodeAt(k)) && !letterUnit(text, k);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A WhatsApp link's number ("wa.me/919812047563"): international, written without its '+'. */
export function waLink(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 47 && text.startsWith('wa.me/', start - 6);
}

/** Whether the code unit at `i` is a letter (a number glued to a word before or after). */
export function letterAt(text: string, i: number): boolean {
  return i >= 0 && letterUnit(text, i);
}

/**
 * The words of the alternation `(?:first|...)` of a keyword regex, by the letters they end with
 * ("whats\s?app" by "app"), grouped by their last code unit: what text[k] must end with for the
 * regex to match with its keyword (or, for ID_BEFORE, its "nr"/"nummer") ending at k.
 */
function wordEndings(re: RegExp, first: string, extra: string[] = []): Map<number, string[]> {
  const from = re.source.indexOf(`(?:${first}|`);
  const words = re.source.slice(from + 3, re.source.indexOf(')', from)).split('|');
  const out = new Map<number, string[]>();
  for (const w of [...words, ...extra]) {
    const end = /\p{L}+$/u.exec(w)?.[0];
    if (from < 0 || !end) throw new Error(`phone-context: cannot read the words of ${re.source}`);
    const k = end.charCodeAt(end.length - 1);
    out.set(k, [...(out.get(k) ?? []), end]);
  }
  return out;
}

/** Whether text[.., k] ends with one of `words`, inside text[floor, ..]. */
function endsWithWord(text: string, floor: number, k: number, words: Map<number, string[]>): boolean {
  const list = words.get(text.charCodeAt(k));
  if (list === undefined) return false;
  for (const w of list) {
    const s = k - w.length + 1;
    if (s >= floor && text.startsWith(w, s)) return true;
  }
  return false;
}

const PHONE_WORDS = wordEndings(PHONE_BEFORE, 'tel');
// What may follow an ID word before the number: n[or], nummer, number, num (see ID_BEFORE).
const ID_WORDS = wordEndings(ID_BEFORE, 'order', ['nr', 'no', 'nummer', 'number', 'num']);
const CURRENCY_WORDS = wordEndings(CURRENCY_BEFORE, 'eur');

// What may follow the keyword of PHONE_BEFORE, ID_BEFORE and CURRENCY_BEFORE up to the end (their
// tails without the letters of "nr", "nummer"...), as bits: 1 phone, 2 ID, 4 currency.
const PHONE_TAIL = 1;
const ID_TAIL = 2;
const CURRENCY_TAIL = 4;
const TAIL = new Uint8Array(128);
TAIL[46] = PHONE_TAIL | ID_TAIL; // .
TAIL[58] = PHONE_TAIL | ID_TAIL | CURRENCY_TAIL; // :
TAIL[35] = ID_TAIL; // #
TAIL[45] = ID_TAIL; // -
TAIL[61] = CURRENCY_TAIL; // =
export const CURRENCY_SIGNS = '$€£¥₴₽₹';

/**
 * Necessary condition for one of the keyword regexes to match text[floor, start): going back over
 * its tail characters (and spaces), a letter is found: the keyword's last one (or, for prices, a
 * currency sign). Its index, or -1.
 */
function wordBeforeTail(text: string, floor: number, start: number, tail: number): number {
  let k = start - 1;
  for (; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (isJsSpace(c) || (c < 128 && (TAIL[c]! & tail) !== 0) || (c === 0x2116 && tail === ID_TAIL)) continue;
    break;
  }
  if (k < floor) return -1;
  const c = text.charCodeAt(k);
  if (tail === CURRENCY_TAIL && CURRENCY_SIGNS.includes(text[k]!)) return k;
  const letter =
    c < 128 ? ASCII_LETTER[c] === 1 : c < 0xd800 || c > 0xdfff ? classAt(text, k) === LETTER_CLASS : false;
  return letter ? k : -1;
}

/** Necessary condition for the URL regex: the last space-free stretch before `start` holds a ':' or '.'. */
function urlCharInLastToken(text: string, floor: number, start: number): boolean {
  for (let k = start - 1; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 46) return true;
    if (isJsSpace(c)) return false;
  }
  return false;
}

/**
 * Necessary condition for AFTER_UNIT and AFTER_AMOUNT at `end`: a letter (or one of `signs`)
 * there or after one space: most candidates are followed by a space and a digit, a line break or
 * punctuation, and never run those regexes.
 */
function wordAfter(text: string, end: number, signs: string): boolean {
  const k = isJsSpace(text.charCodeAt(end)) ? end + 1 : end;
  return letterUnit(text, k) || signs.includes(text[k] ?? ' ');
}

/**
 * The part of rejectReason that depends only on what follows a candidate ending at `end`. With
 * `gluedOk`, a word glued after it is no reason (the number is glued to a phone word before it too:
 * "call5037243016now").
 */
export function rejectAfter(text: string, end: number, gluedOk = false): string | null {
  // The regexes read the 16 characters after `end`, sliced only for them.
  const nextCh = text.charCodeAt(end);
  if (!gluedOk && letterUnit(text, end) && !PHONE_AFTER_WORDS.test(text.slice(end, end + 16)))
    return 'attached';
  if (nextCh === 64 || nextCh === 37) return 'url_or_id'; // @ %
  if (wordAfter(text, end, '') && AFTER_UNIT.test(text.slice(end, end + 16))) return 'measurement';
  const pc =
    nextCh === 32 && ASCII_LOWER(text.charCodeAt(end + 1))
      ? POSTCODE_AFTER.exec(text.slice(end, end + 16))
      : null;
  // The four digits stand alone: after digits and a separator ("784-9486 qv", "537 2794 qv") they
  // end a number, they are no postcode.
  if (
    pc &&
    !TWO_LETTER_WORDS.has(pc[1]!) &&
    /(?:^|[^\d./-])\d{4}$/.test(text.slice(Math.max(0, end - 5), end)) &&
    !/\d[\s./-]{1,2}\d{4}$/.test(text.slice(Math.max(0, end - 7), end))
  )
    return 'postcode';
  return null;
}

/** A price written after the amount ("1.500.000 €", "2500 zł"), only for amount-shaped runs. */
export function isAmount(text: string, digits: string, start: number, end: number): boolean {
  return amountAfter(text, end) && amountShaped(text, digits, start, end);
}

/** A currency or amount word right after `end` (the first half of isAmount). */
export function amountAfter(text: string, end: number): boolean {
  return wordAfter(text, end, AMOUNT_SIGNS) && AFTER_AMOUNT.test(text.slice(end, end + 10));
}

const AMOUNT_SIGNS = '$€£¥₴₽₹%';

/** Digits that read as an amount (the second half of isAmount). */
export function amountShaped(text: string, digits: string, start: number, end: number): boolean {
  return digits.length <= 8 || /^\d{1,3}(?:[., ]\d{3})+(?:[.,]\d{1,2})?$/.test(text.slice(start, end));
}

/** What stands between two groups, trimmed. */
function sep(text: string, a: DigitGroup, b: DigitGroup): string {
  return text.slice(a.end, b.start).trim();
}

/** sep() when it is one code unit, as its code; else -1 (without slicing). */
function sepCode(text: string, a: DigitGroup, b: DigitGroup): number {
  let code = -1;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (isJsSpace(c)) continue;
    if (code >= 0) return -1;
    code = c;
  }
  return code;
}

/** Hours and minutes ("22.00", "9:30", "10h00"). */
function isTime(h: DigitGroup, m: DigitGroup, s: number): boolean {
  return (
    (s === 46 || s === 58 || s === 104) && // . : h
    h.digits.length <= 2 &&
    Number(h.digits) <= 24 &&
    m.digits.length === 2 &&
    Number(m.digits) <= 59
  );
}

/**
 * Groups of a run that belong to a date (31.12.2024, 2024-12-31) or a time range (10.00-22.00):
 * they may not be part of a phone number, and are marked 1 in `blocked` (by group index).
 */
export function dateOrTimeGroups(text: string, run: DigitRun, blocked: Uint8Array): void {
  const g = run.groups;
  for (let k = 0; k + 2 < g.length; k++) {
    const a = g[k]!;
    const b = g[k + 1]!;
    const c = g[k + 2]!;
    const s1 = sepCode(text, a, b);
    if ((s1 !== 46 && s1 !== 47 && s1 !== 45) || sepCode(text, b, c) !== s1) continue; // . / -
    const x = Number(a.digits);
    const y = Number(b.digits);
    const z = Number(c.digits);
    const dmy = a.digits.length <= 2 && b.digits.length <= 2 && x >= 1 && x <= 31 && y >= 1 && y <= 12;
    const ymd = a.digits.length === 4 && x >= 1900 && x <= 2099 && y >= 1 && y <= 12 && z >= 1 && z <= 31;
    const year4 = c.digits.length === 4 && z >= 1900 && z <= 2099;
    const wholeRun = g.length === 3 && c.digits.length === 2;
    if (ymd || (dmy && (year4 || wholeRun))) blocked[k] = blocked[k + 1] = blocked[k + 2] = 1;
  }
  for (let k = 0; k + 3 < g.length; k++) {
    const a = g[k]!;
    const b = g[k + 1]!;
    const c = g[k + 2]!;
    const d = g[k + 3]!;
    if (
      isTime(a, b, sepCode(text, a, b)) &&
      isTime(c, d, sepCode(text, c, d)) &&
      /^[-–—]$|^to$|^tot$|^bis$/.test(sep(text, b, c))
    ) {
      for (let q = k; q <= k + 3; q++) blocked[q] = 1;
    }
  }
}

/** For tests: the keyword regexes that rejectBefore asks only after cheap necessary conditions. */
export const BEFORE_REGEXES = { phone: PHONE_BEFORE, id: ID_BEFORE, currency: CURRENCY_BEFORE };
