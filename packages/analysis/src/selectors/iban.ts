import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import type { SelectorKind, SelectorMatch } from '../types.ts';
import { surveyText } from './text-survey.ts';

const SPECS = getCountrySpecifications();

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 160 || c === 45 || c === 46;
}

/**
 * From a candidate start, reads exactly the country's IBAN length in letters and digits, allowing a
 * single space, hyphen or dot between characters (`NL91 ABNA 0417 1643 00`). Returns the end offset
 * and the electronic format, or null when the text does not end there at a word boundary.
 */
function readIban(text: string, start: number, length: number): { end: number; iban: string } | null {
  let iban = '';
  let i = start;
  while (i < text.length && iban.length < length) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) {
      iban += text[i];
      i++;
    } else if (isSeparator(c) && i + 1 < text.length && isAlnum(text.charCodeAt(i + 1)) && iban.length >= 4) {
      i++;
    } else {
      return null;
    }
  }
  if (iban.length !== length || (i < text.length && isAlnum(text.charCodeAt(i)))) return null;
  return { end: i, iban: iban.toUpperCase() };
}

function extractIbans(text: string): SelectorMatch[] {
  const out: SelectorMatch[] = [];
  let floor = 0;
  // Country code and check digits at a word start: [A-Za-z]{2}\d{2} after no ASCII letter or digit.
  for (const start of surveyText(text).ibanStarts) {
    if (start < floor) continue;
    const length = SPECS[text.slice(start, start + 2).toUpperCase()]?.chars;
    if (!length) continue;
    const read = readIban(text, start, length);
    if (!read || !isValidIBAN(read.iban)) continue;
    const raw = text.slice(start, read.end);
    out.push({ type: 'iban', value: read.iban, raw, start, end: read.end });
    floor = read.end;
  }
  return out;
}

/** IBANs with country length, BBAN format and mod-97 check (ibantools); value in electronic format. */
export const ibanKind: SelectorKind = {
  type: 'iban',
  extract: (text) => extractIbans(text),
  normalize(value) {
    const compact = value
      .trim()
      .replace(/^iban:?\s*/i, '')
      .replace(/[\s.-]/g, '')
      .toUpperCase();
    return compact.length <= 34 && isValidIBAN(compact) ? compact : null;
  },
  validate(value) {
    return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value) && isValidIBAN(value);
  },
  compare(a, b) {
    return a === b ? 1 : 0;
  },
};
