import { SELECTOR_TYPES } from '@vigil/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SelectorKind, SelectorMatch } from '../types.ts';
import { extractAll, extractAllWith, selectorKind, selectorKinds } from './index.ts';

const TOR = '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid';
const summary = (ms: SelectorMatch[]) => ms.map((m) => `${m.type} ${m.value}`);

const nonPhone = selectorKinds.filter((k) => k.type !== 'phone');

/** A stand-in phone kind for the overlap rules: any run of 9+ digits, as the national number of NL. */
const digitsKind: SelectorKind = {
  type: 'phone',
  extract: (text) =>
    [...text.matchAll(/\d{9,}/g)].map((m) => ({
      type: 'phone' as const,
      value: `+31${m[0].slice(-9)}`,
      raw: m[0],
      start: m.index,
      end: m.index + m[0].length,
    })),
  normalize: (v) => v,
  validate: () => true,
  compare: (a, b) => (a === b ? 1 : 0),
};

describe('selector registry', () => {
  it('has one kind per extracted type, each a known selector type', () => {
    const types = selectorKinds.map((k) => k.type);
    expect(new Set(types).size).toBe(types.length);
    for (const t of types) expect(SELECTOR_TYPES).toContain(t);
    expect(selectorKind('email')?.normalize('A@GMAIL.COM')).toBe('a@gmail.com');
  });
});

describe('extractAll', () => {
  it('does not report an e-mail domain as a domain, URL or handle', () => {
    expect(summary(extractAll('insta: anna.x@gmail.com'))).toEqual(['email anna.x@gmail.com']);
  });

  it('turns a t.me link into the handle and the URL, not the t.me domain', () => {
    expect(summary(extractAll('my channel https://t.me/Anna_X?utm_source=ad'))).toEqual([
      'handle telegram:anna_x',
      'url https://t.me/Anna_X',
    ]);
  });

  it('keeps the domain of ordinary sites, and onion hosts only as onion', () => {
    expect(summary(extractAll(`www.anna-escort.xyz/profile http://${TOR}.onion/x`))).toEqual([
      'domain anna-escort.xyz',
      'url http://www.anna-escort.xyz/profile',
      `url http://${TOR}.onion/x`,
      `onion ${TOR}.onion`,
    ]);
  });

  it('reads the number of a WhatsApp link as an international phone, replacing the phone kind’s guess', () => {
    const found = extractAllWith([digitsKind, ...nonPhone], 'wa.me/4915123456789 and 0612345678');
    expect(summary(found)).toEqual([
      'handle whatsapp:+4915123456789',
      'phone +4915123456789',
      'url http://wa.me/4915123456789',
      'phone +31612345678',
    ]);
    expect(found.find((m) => m.type === 'phone')?.flags).toEqual(['messenger_link']);
  });

  it('does not read digits inside an IBAN or crypto address as a phone', () => {
    const found = extractAllWith(
      [digitsKind, ...nonPhone],
      'IBAN NL91ABNA0417164300, BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    );
    expect(found.map((m) => m.type)).toEqual(['iban', 'crypto']);
  });

  it('keeps a phone number used as an e-mail local part as both', () => {
    const found = extractAllWith([digitsKind, ...nonPhone], 'mail 0612345678@gmail.com');
    expect(summary(found)).toEqual(['phone +31612345678', 'email 0612345678@gmail.com']);
  });

  it('finds every kind in one ad, sorted by position', () => {
    const ad =
      'Anna, new in town. Telegram: @anna_x. Mail anna at gmail dot com. ' +
      `Mirror ${TOR}.onion. Pay bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 or NL91 ABNA 0417 1643 00.`;
    const found = extractAll(ad);
    expect(summary(found)).toEqual([
      'handle telegram:anna_x',
      'email anna@gmail.com',
      `onion ${TOR}.onion`,
      'crypto btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      'iban NL91ABNA0417164300',
    ]);
    for (const m of found) expect(ad.slice(m.start, m.end)).toBe(m.raw);
  });

  it.each([
    'Call me at 10.30, i.e. after work. E.g. Mr.Smith, No.1 in town, version 2.0 in the U.S.A. and St.Petersburg.',
    'Kisses.Love you all.Hot girls.Call me.Girls night! Come to the spa.Relax. New in town.Sweet and discreet.',
    'Ich bin Anna.Neu in der Stadt.Komm vorbei! Tel. bitte nur SMS. Preise: 100 EUR/Std., 2 Std. 180.',
    'Нова дівчина в місті.Пишіть у вайбер або телеграм. Ціна 1000 грн/год.',
    'Sono nuova a Milano.Chiamami. Lavoro serio, no perditempo. ok.so we met at the bar.',
    'Looking for girls to work at the club.Free accommodation.Visa provided. Contact the agency.',
    'wa only, no calls. snap only. insta for pics. I have telegram and signal. Write on line or skype.',
  ])('finds no selector in ordinary prose: %s', (text) => {
    expect(summary(extractAllWith(nonPhone, text))).toEqual([]);
  });

  it('never throws and keeps offsets inside any text', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        't.me/anna_x',
        'wa.me/31612345678',
        ' at ',
        ' dot ',
        '@',
        `${TOR}.onion`,
        'NL91 ABNA',
        'tg:',
        'www.',
        '.com/',
      ),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        for (const m of extractAll(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.raw).toBe(text.slice(m.start, m.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});
