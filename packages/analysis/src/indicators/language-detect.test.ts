import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language-detect.ts';

const samples: [string, string][] = [
  ['en', 'new in town, sweet girl waiting for you, call me now for a nice time together'],
  ['de', 'Neu in der Stadt, ich bin eine junge Frau und warte auf dich, ruf mich an'],
  ['nl', 'Nieuw in de stad, ik ben een lieve meid en ik wacht op jou, bel me nu'],
  ['fr', 'Nouvelle en ville, je suis une jeune femme douce et je vous attends avec plaisir'],
  ['es', 'Nueva en la ciudad, soy una chica joven y cariñosa, llámame para una cita'],
  ['pt', 'Nova na cidade, sou uma menina carinhosa e estou à sua espera, liga para mim'],
  ['pl', 'Nowa w mieście, jestem młodą dziewczyną i czekam na ciebie, zadzwoń do mnie'],
  ['ro', 'Nouă în oraș, sunt o fată tânără și te aștept, sună-mă pentru o întâlnire'],
  ['sv', 'Ny i stan, jag är en söt tjej och jag väntar på dig, ring mig nu'],
  ['da', 'Ny i byen, jeg er en sød pige og jeg venter på dig, ring til mig nu'],
  ['fi', 'Uusi kaupungissa, olen nuori nainen ja odotan sinua, soita minulle heti'],
  ['hu', 'Új vagyok a városban, egy fiatal lány vagyok és várlak, hívj most'],
  ['lt', 'Nauja mieste, aš esu jauna mergina ir laukiu tavęs, skambink man dabar'],
  ['sk', 'Nová v meste, som mladé dievča a čakám na teba, zavolaj mi teraz'],
  ['sl', 'Nova v mestu, sem mlado dekle in te čakam, pokliči me zdaj'],
  ['sq', 'E re në qytet, jam një vajzë e re dhe të pres, më telefono tani'],
  ['el', 'Καινούργια στην πόλη, είμαι μια νέα κοπέλα και σε περιμένω'],
  ['ru', 'Новенькая в городе, молодая девушка ждёт тебя, звони прямо сейчас'],
  ['uk', 'Новенька у місті, молода дівчина чекає на тебе, телефонуй зараз'],
];

describe('detectLanguage', () => {
  it.each(samples)('detects %s', (lang, text) => {
    expect(detectLanguage(text.toLowerCase())).toBe(lang);
  });

  it('uses script heuristics for very short text', () => {
    expect(detectLanguage('її')).toBe('uk');
    expect(detectLanguage('ты где')).toBe('ru');
    expect(detectLanguage('καλημέρα')).toBe('el');
  });

  it('returns undefined when there is nothing to go on', () => {
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('+31 6 1234 5678 🍒')).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const r = detectLanguage(s);
        expect(r === undefined || /^[a-z]{2}$/.test(r)).toBe(true);
      }),
    );
  });
});
