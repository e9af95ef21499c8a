import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitText } from '../normalize/digit-text.ts';
import { normalizeText } from '../normalize/normalize-text.ts';
import { BEFORE_REGEXES, clueRegions, rejectBefore } from './phone-context.ts';

/** rejectBefore with every regex asked, without the cheap conditions in front. */
function reference(text: string, start: number): string | null {
  const floor = Math.max(0, start - 40);
  const before = text.slice(floor, start);
  const prevCh = text[start - 1] ?? ' ';
  const phoneCue = BEFORE_REGEXES.phone.test(before);
  const rate = /(?<![\p{L}\d])\d+\/?(?:hr|hrs|h|hh|hour)$/u.test(text.slice(0, start));
  if (/\p{L}/u.test(prevCh) && !phoneCue && !rate) return 'attached';
  const hashtag =
    /(?:^|[\s(,])#$/.test(text.slice(0, start)) && /^\d{9,}(?![\d\p{L}])/u.test(text.slice(start));
  if (/[=?&#@%$€£\\]/.test(prevCh) && !hashtag) return 'url_or_id';
  if (prevCh === ':' && /\d:$/.test(before)) return 'time';
  if (prevCh === '/' && /[\p{L}\p{N}]\/$/u.test(before)) return /wa\.me\/$/.test(before) ? null : 'url_or_id';
  if (/(?:https?:|www\.|\.[a-z]{2,6}\/)\S*$/.test(before)) return 'url_or_id';
  if (!phoneCue && BEFORE_REGEXES.id.test(before)) return 'id_number';
  if (BEFORE_REGEXES.currency.test(before)) return 'price';
  return null;
}

describe('rejectBefore', () => {
  it('says what the keyword regexes alone say', () => {
    const words = fc.constantFrom(
      'tel',
      'hotel',
      'whats app',
      'whats\u00a0app',
      'whatsapp',
      'order',
      'ordernr',
      'nr',
      'no',
      'nummer',
      'kundennummer',
      'num',
      'ref',
      'réf',
      'p.iva',
      'siret',
      'art',
      'ad',
      'grad',
      'price',
      'prijs',
      'cost',
      'costs',
      'salary',
      'pay',
      'eur',
      '€',
      '$',
      'ціна',
      'телефон',
      'ид',
      'x',
      'é',
      'wa.me/',
      'post',
      '#',
      ' #',
      '503724301',
      '$250hr',
      '180/hr',
      'hh',
      'hour',
      'txtme',
    );
    const tails = fc.constantFrom(' ', '.', ':', '#', '-', '№', '=', '  ', '\n', '/', 'www.', '5', '');
    const parts = fc.array(fc.oneof(words, tails, fc.string({ maxLength: 3 })), { maxLength: 12 });
    fc.assert(
      fc.property(parts, fc.nat(), (list, cut) => {
        const text = `${list.join('')}0612345678`;
        const start = Math.min(cut % (text.length + 1), text.length);
        expect(rejectBefore(text, start)).toBe(reference(text, start));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('clueRegions', () => {
  it('reads the words digitText kept for its edited text as a fresh scan of that text does', () => {
    const words = fc.constantFrom(
      'one',
      'two',
      'forty',
      'five',
      'double',
      'triple',
      'hundred',
      'and',
      'un',
      'nouă',
      "п'ять",
      'o',
      'l',
      'i',
      'new york',
      'london',
      'paris',
      'berlin',
      'амстердам',
      'd’expérience',
      'cafe\u0301',
      'x',
      '7',
      '06',
    );
    const gaps = fc.constantFrom(' ', '-', ', ', '.', ' - ', '', '/', '\n', '😀');
    const parts = fc.array(fc.oneof(words, gaps, fc.string({ maxLength: 3 })), { maxLength: 24 });
    fc.assert(
      fc.property(parts, (list) => {
        const d = digitText(normalizeText(list.join('')));
        const viaWords = clueRegions(d.text);
        digitText(normalizeText('other'));
        expect(viaWords).toEqual(clueRegions(d.text));
      }),
      { numRuns: 20000 },
    );
  });
});
