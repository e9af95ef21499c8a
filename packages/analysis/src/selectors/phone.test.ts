import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostile } from '../normalize/test-helpers.ts';
import { phoneKind } from './phone.ts';

const values = (text: string, opts = {}) => phoneKind.extract(text, opts).map((m) => m.value);

describe('phoneKind.extract', () => {
  it('reads obfuscated North American numbers', () => {
    expect(values('Call me 5 o 3 * 7 2 4 * 3 o 1 6 in Portland')).toEqual(['+15037243016']);
    expect(values('text **503**724**3016** Las Vegas')).toEqual(['+15037243016']);
    expect(values('Miami: FiVe-zERo-ThReE 724 three zero one six')).toEqual(['+15037243016']);
  });

  it('uses the item country, then clues in the text, then the language', () => {
    expect(values('Bel 06-12345678', { country: 'NL' })).toEqual(['+31612345678']);
    expect(values('Paris. Appelez 06 12 34 56 78')).toEqual(['+33612345678']);
    expect(values('Bel mij 0612345678', { lang: 'nl' })).toEqual(['+31612345678']);
    expect(values('Call 0612345678')).toEqual(['0612345678']); // NL or FR: no region
    expect(phoneKind.extract('Call 0612345678', {})[0]!.flags).toContain('no_region');
  });

  it('spelled out in other languages, with emoji and look-alikes', () => {
    expect(values('Dzwoń: pięć zero jeden dwa trzy cztery pięć sześć siedem', { country: 'PL' })).toEqual([
      '+48501234567',
    ]);
    expect(values('Телефон нуль шістдесят сім 123 45 67', { country: 'UA' })).toEqual(['+380671234567']);
    expect(values('0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣', { country: 'NL' })).toEqual(['+31612345678']);
    expect(values('O6l2345678', { country: 'NL' })).toEqual(['+31612345678']);
    expect(values('+44 7911 123456')).toEqual(['+447911123456']);
    expect(values('मुंबई स्पा ९८२०४५६१७३ कॉल करें', { country: 'IN' })).toEqual(['+919820456173']);
    expect(values('कमरा २०१, ५०० रुपये, २०२६', { country: 'IN' })).toEqual([]);
    expect(values('कॉल करें नौ सात एक शून्य चार दो आठ छह पांच तीन', { lang: 'hi' })).toEqual(['+919710428653']);
    expect(values('तन मन की शांति, एक घंटा दो हजार, चार लड़कियां', { country: 'IN' })).toEqual([]);
    expect(values('Reno 775 dash 402 dash 6719 real pics', { country: 'US' })).toEqual(['+17754026719']);
    expect(values('Reno 775 dot 402 dot 6719', { country: 'US' })).toEqual(['+17754026719']);
    expect(values('rated 4 dot 9, 5 dash 6 girls, 2 dot 5 hrs', { country: 'US' })).toEqual([]);
    // Glued to the unit of an hourly rate, or to "textme"/"callme": still a number.
    expect(values('Reno $180hh$300hr7754026719 text', { country: 'US' })).toEqual(['+17754026719']);
    expect(values('Leeds £150/hr07912731406 text me', { country: 'GB' })).toEqual(['+447912731406']);
    expect(values('Reno callme7754026719 now', { country: 'US' })).toEqual(['+17754026719']);
    expect(values('ref xk12hr7754026719, code hr7754026719', { country: 'US' })).toEqual([]);
    // Tax and register numbers after their label (Russian ИНН/ОГРН, Polish KRS) are not phones.
    expect(values('Салон. ИНН 5408123476, тел 89161234567', { country: 'RU' })).toEqual(['+79161234567']);
    expect(values('ОГРН: 1027700132195. KRS 0000512378', { country: 'RU' })).toEqual([]);
    // A year ending a sentence or a '|' segment does not start a number with the figures after it.
    expect(values('Since 2019. 34-26-35. 100% real', { country: 'US' })).toEqual([]);
    expect(values('Oct 3 2025 | 10.23.25 | v3.1', { country: 'US' })).toEqual([]);
    expect(values('Since 2019. 775-402-6719', { country: 'US' })).toEqual(['+17754026719']);
    expect(values('Reno 775. 402. 6719', { country: 'US' })).toEqual(['+17754026719']);
    // Heights in feet and inches are measurements, not digits of a number.
    expect(values('Tall 5\'9" 125 / 5\'4" 102 lbs', { country: 'US' })).toEqual([]);
    expect(values('6\' 1" 190 call 775-402-6719', { country: 'US' })).toEqual(['+17754026719']);
    expect(values("Reno 7'7'5'4'0'2'6'7'1'9", { country: 'US' })).toEqual(['+17754026719']);
    expect(values('Reno 🌵 77five 🌵 402 🌵 six71nine 🌵 ask', { country: 'US' })).toEqual(['+17754026719']);
    // One digit per line: a number; a longer column or a numbered list is not.
    expect(values('Reno new\n7\n7\n5\n 4\n0\r\n2\n6\n7\n1\n9\nbye', { country: 'US' })).toEqual([
      '+17754026719',
    ]);
    expect(values('a\n7\n7\n5\n4\n0\n2\n6\n7\n1\n9\n8\n8\n8\n8\n8\n8', { country: 'US' })).toEqual([]);
    expect(values('Menu\n1\n2\n3\n4\n5\n6\n7', { country: 'US' })).toEqual([]);
    expect(values('Göteborg ring noll sju noll sex fyra två åtta ett nio tre', { country: 'SE' })).toEqual([
      '+46706428193',
    ]);
  });

  it('flags obfuscation and keeps raw offsets', () => {
    const text = 'x TwO/6/zERo-FouR 555 012 y';
    const [m] = phoneKind.extract(text, { country: 'US' });
    expect(m?.flags).toContain('obfuscated');
    expect(text.slice(m!.start, m!.end)).toBe(m!.raw);
    const [plain] = phoneKind.extract('call (503) 724-3016', { country: 'US' });
    expect(plain?.flags ?? []).not.toContain('obfuscated');
  });

  it('rejects dates, times, prices, measurements, IDs and cards', () => {
    const text =
      'Available 12.03.2025, open 10.00-22.00, price 1.500.000 €, Order #2125550123, Ref: 4839201746, ' +
      '170 cm 55 kg 90-60-90, card 4539 1488 0343 6467, site.example/ad/5037243016, IBAN NL91ABNA0417164300';
    expect(values(text, { country: 'US' })).toEqual([]);
    expect(values(text, { country: 'NL' })).toEqual([]);
  });

  it('splits two numbers in one run', () => {
    expect(values('06 12345678 06 87654321', { country: 'NL' })).toEqual(['+31612345678', '+31687654321']);
  });

  it('never throws and keeps offsets inside the text (property)', () => {
    const parts = fc.constantFrom(
      '5',
      '0',
      'o',
      ' ',
      '*',
      '-',
      'zero',
      'six',
      '+',
      '(',
      ')',
      '06',
      '1234',
      '\n',
      'double',
      '€',
    );
    const mixed = fc.array(fc.oneof(parts, hostile), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(mixed, fc.constantFrom(undefined, 'NL', 'US', 'XX', ''), (text, country) => {
        for (const m of phoneKind.extract(text, { country })) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThanOrEqual(m.end);
          expect(text.slice(m.start, m.end)).toBe(m.raw);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('phoneKind.normalize / validate / compare', () => {
  it('canonicalises a single value', () => {
    expect(phoneKind.normalize('+31 6 1234 5678')).toBe('+31612345678');
    expect(phoneKind.normalize('(503) 724-3016', { defaultCountry: 'US' })).toBe('+15037243016');
    expect(phoneKind.normalize('hello')).toBeNull();
  });

  it('validates E.164 and compares', () => {
    expect(phoneKind.validate('+31612345678')).toBe(true);
    expect(phoneKind.validate('+3161234')).toBe(false);
    expect(phoneKind.compare('+31612345678', '+31612345678')).toBe(1);
    expect(phoneKind.compare('+31612345678', '0612345678')).toBeGreaterThan(0.5);
    expect(phoneKind.compare('+31612345678', '+33612345678')).toBe(0);
  });
});

describe('phoneKind.extract: tax and company numbers', () => {
  it('does not read a VAT, SIRET or tax number as a phone', () => {
    expect(values('Centro benessere, P.IVA 04127730158', { country: 'IT', lang: 'it' })).toEqual([]);
    expect(values('Partita IVA: 04127730158', { country: 'IT' })).toEqual([]);
    expect(values('SIRET 732 829 320 00074', { country: 'FR' })).toEqual([]);
  });

  it('still finds the phone next to it', () => {
    expect(values('P.IVA 04127730158 - Tel. 02 4127 7301 - cell 347 128 5590', { country: 'IT' })).toEqual([
      '+390241277301',
      '+393471285590',
    ]);
  });
});

describe('phoneKind.extract: pay in job ads', () => {
  it('does not read a salary range as a phone', () => {
    expect(values('Telecaller job, salary 16000-21000, age 18-28', { country: 'IN', lang: 'en' })).toEqual(
      [],
    );
    expect(values('Salary: 25000-32000 per month', { country: 'IN' })).toEqual([]);
    expect(values('Hostess gezocht, loon 2800-3400', { country: 'NL' })).toEqual([]);
  });

  it('still finds the phone after it', () => {
    expect(values('Salary 25000-32000. Call 9812047563', { country: 'IN' })).toEqual(['+919812047563']);
    expect(values('Lohn 2500-3200, Handy 01761234567', { country: 'DE' })).toEqual(['+491761234567']);
  });
});

describe('phoneKind.extract: North American numbers in ads from elsewhere', () => {
  it('does not read ten bare digits as a +1 number in an ad from outside the NANP', () => {
    expect(values('Contact 2124550147', { country: 'FR', lang: 'fr' })).toEqual([]);
    expect(values('Contact 12124550147', { country: 'DE' })).toEqual([]);
    expect(values('Annonce réf. 2124/55/0147', { country: 'FR' })).toEqual([]);
  });

  it('still reads them with +1 or 001, a North American clue, or without a country', () => {
    expect(values('Américaine, appelle +1 212 455 0147', { country: 'FR' })).toEqual(['+12124550147']);
    expect(values('Américaine, appelle 001 212 455 0147', { country: 'FR' })).toEqual(['+12124550147']);
    expect(values('De passage de New York: 2124550147', { country: 'FR' })).toEqual(['+12124550147']);
    expect(values('Contact 2124550147', { country: 'CA' })).toEqual(['+12124550147']);
    expect(values('Contact 2124550147')).toEqual(['+12124550147']);
  });

  it('still finds the local number after Tél.', () => {
    expect(values('Tél. 06 41 27 88 53, réf 2231', { country: 'FR' })).toEqual(['+33641278853']);
  });
});

describe('phoneKind.extract: a number wrapped across two lines', () => {
  it('joins the digits ending one line to those starting the next', () => {
    expect(values('Phoenix\nText 480-555\n-0199\nno blocked calls', { country: 'US' })).toEqual([
      '+14805550199',
    ]);
    expect(values('Perth\n0423 118\n476', { country: 'AU' })).toEqual(['+61423118476']);
    expect(values('Leeds\r\n07911 123\r\n456', { country: 'GB' })).toEqual(['+447911123456']);
    expect(values('Pune\n99123\n40567')).toEqual(['+919912340567']); // the city names the region
    expect(values('Tel. 0612\n345678', { country: 'NL' })).toEqual(['+31612345678']);
    expect(values('+44 7911\n123456')).toEqual(['+447911123456']);
    const [m] = phoneKind.extract('Call 480-555\n-0199', { country: 'US' });
    expect(m?.raw).toBe('480-555\n-0199');
  });

  it('leaves separate figures on consecutive lines apart', () => {
    expect(values('Age 23\nHeight 165\nWeight 52', { country: 'IN' })).toEqual([]);
    expect(values('Rates:\n1500\n2200 overnight', { country: 'IN' })).toEqual([]);
    expect(values('Price 150\n22.00-06.00', { country: 'NL' })).toEqual([]);
    expect(values('Open 10:00\n22:00', { country: 'NL' })).toEqual([]);
    expect(values('Available 14.11\n2025', { country: 'DE' })).toEqual([]);
    expect(values('36\n24\n36', { country: 'US' })).toEqual([]);
    expect(values('Cennik\n500\n600 800\n900 1000', { country: 'PL' })).toEqual([]);
    // A blank line between, or no region known: no join.
    expect(values('Perth\n0423 118\n\n476', { country: 'AU' })).toEqual([]);
    expect(values('ref\n99123\n40567')).toEqual([]);
  });

  it('does not join when a line already holds a whole number', () => {
    expect(values('0612345678\n0687654321', { country: 'NL' })).toEqual(['+31612345678', '+31687654321']);
    expect(values('Delhi 110001\n99123 40567', { country: 'IN' })).toEqual(['+919912340567']);
    expect(values('call 0612345678\n100 roses', { country: 'NL' })).toEqual(['+31612345678']);
  });
});

describe('phoneKind.extract: digits mixed with tens words', () => {
  it('reads a tens word glued to a digit as tens and units', () => {
    expect(values('text 3one2 5fifty 81ninety4', { country: 'US' })).toEqual(['+13125508194']);
    expect(values('Boston, text 6one7 4thirty 52eighty3')).toEqual(['+16174305283']);
  });

  it('keeps ages and prices written with words out', () => {
    expect(values('age twenty5, 1hr sixty', { country: 'US' })).toEqual([]);
  });
});

describe('phoneKind.extract: a price right after a number', () => {
  it('does not swallow the amount into the number before it', () => {
    expect(values('WhatsApp +39 347 1285590 80€ 30 min')).toEqual(['+393471285590']);
    expect(values('Tel 0176 12345678 150 EUR', { country: 'DE' })).toEqual(['+4917612345678']);
    expect(values('call 503 724 3016 200$ hh', { country: 'US' })).toEqual(['+15037243016']);
  });

  it('still rejects amounts and keeps prices out', () => {
    expect(values('only 1 500 000 €, 2 girls 300 €', { country: 'IT' })).toEqual([]);
    expect(values('prezzo 150 200 €', { country: 'IT' })).toEqual([]);
  });

  it('keeps the last group when the currency after it starts the next price', () => {
    expect(values('Denver 720 555 0147 $200 hr')).toEqual(['+17205550147']);
    expect(values('London +44 20 7946 0958€200 1h')).toEqual(['+442079460958']);
  });
});

describe('phoneKind.extract: a number wrapped over three or more lines', () => {
  it('joins whole lines of digits between the line it starts on and the one it ends on', () => {
    expect(values('Call me\n503\n724\n3016 incall', { country: 'US' })).toEqual(['+15037243016']);
    expect(values('Perth 0423\n118\n476', { country: 'AU' })).toEqual(['+61423118476']);
    expect(values('Tel 0176\n1234\n5678', { country: 'DE' })).toEqual(['+4917612345678']);
    const [m] = phoneKind.extract('hmu 503\n724\n3016', { country: 'US' });
    expect(m?.raw).toBe('503\n724\n3016');
  });

  it('leaves lists of figures on consecutive lines apart', () => {
    expect(values('Rates\n150\n250\n400', { country: 'US' })).toEqual([]);
    expect(values('36\n24\n36\n5.4', { country: 'US' })).toEqual([]);
    expect(values('Age 23\n165\n52\n2025', { country: 'IN' })).toEqual([]);
    expect(values('Cennik\n500\n600\n800 1000', { country: 'PL' })).toEqual([]);
    expect(values('Open\n10:00\n22:00\n2025', { country: 'NL' })).toEqual([]);
    expect(values('Rates\n150\n\n724\n3016', { country: 'US' })).toEqual([]);
    // A line holding something else breaks the chain; no region known: no join.
    expect(values('503\n724 roses\n3016', { country: 'US' })).toEqual([]);
    expect(values('ref\n503\n724\n3016', { country: 'FR' })).toEqual([]);
  });
});

describe('phoneKind.extract: numbers glued to words, in hashtags and WhatsApp links', () => {
  it('reads a number glued to a phone word before it, whatever is glued after', () => {
    expect(values('call5037243016now', { country: 'US' })).toEqual(['+15037243016']);
    expect(values('txt5037243016asap 24/7', { country: 'US' })).toEqual(['+15037243016']);
  });

  it('reads a hashtag of a whole number', () => {
    expect(values('text me #5037243016 🍒', { country: 'US' })).toEqual(['+15037243016']);
    expect(values('London #07911123456 £150', { country: 'GB' })).toEqual(['+447911123456']);
  });

  it('reads the number of a wa.me link as international', () => {
    const [m] = phoneKind.extract('Chat wa.me/447911123456 now', { country: 'IN' });
    expect(m?.value).toBe('+447911123456');
    expect(m?.raw).toBe('447911123456');
    expect(values('https://wa.me/919812047563?text=hi')).toEqual(['+919812047563']);
  });

  it('keeps codes, IDs, years and other links out', () => {
    expect(values('promo ABC5037243016XYZ, code5037243016', { country: 'US' })).toEqual([]);
    expect(values('#2025 #24/7 #1 Order #5037243016 page#5037243016', { country: 'US' })).toEqual([]);
    expect(values('#503724301699 #5037243016abc', { country: 'US' })).toEqual([]);
    expect(values('Post #5037243016, booking #5037243016, member #5037243016', { country: 'US' })).toEqual(
      [],
    );
    expect(values('site.example/ad/5037243016 t.me/5037243016', { country: 'US' })).toEqual([]);
  });
});

describe('phoneKind.extract: numbers among prices and symbols', () => {
  it('reads a number after a currency sign when it cannot be an amount', () => {
    expect(values('$$ 120 hh $$ 503 724 3016 $$ 24/7', { country: 'US' })).toEqual(['+15037243016']);
    expect(values('€ 0176 1234 5678 whatsapp', { country: 'DE' })).toEqual(['+4917612345678']);
  });

  it('keeps prices, ranges and amounts after a currency out', () => {
    expect(values('$ 150 200 250 300 $$ 2 girls', { country: 'US' })).toEqual([]);
    expect(values('salary 16000-21000, Rs 25000 32000', { country: 'IN' })).toEqual([]);
    expect(values('$ 1 500 000, $5037243016', { country: 'US' })).toEqual([]);
    expect(values('€ 1500 2000 3000', { country: 'DE' })).toEqual([]);
  });

  it('does not take the last group of a dashed number for a postcode', () => {
    expect(values('call 1-503-724-3016 QV $100 | HH $160', { country: 'US' })).toEqual(['+15037243016']);
    expect(values('Amsterdam 1012 AB, tel 020 1234567', { country: 'NL' })).toEqual(['+31201234567']);
    expect(values('txt 503 724 3016 QV $100', { country: 'US' })).toEqual(['+15037243016']);
    expect(values('Bel 06 1234 5678, Damrak 1, 1012 AB', { country: 'NL' })).toEqual(['+31612345678']);
    expect(values('Amsterdam 1012 AB 020 1234', { country: 'NL' })).toEqual([]);
  });
});

describe('phoneKind.extract: groups broken by an ellipsis', () => {
  it('reads groups joined by "..." or "…"', () => {
    expect(values('reach me 503 ... 724 ... 3016 ✨', { country: 'US' })).toEqual(['+15037243016']);
    expect(values('cell 5 0 3 ... 724 ... 3 0 1 6', { country: 'US' })).toEqual(['+15037243016']);
    expect(values('txt 503…724…3016', { country: 'US' })).toEqual(['+15037243016']);
  });

  it('keeps lists and times with ellipses out', () => {
    expect(values('rates 150 ... 250 ... 400 ... 1000', { country: 'US' })).toEqual([]);
    expect(values('open 10 ... 22, 2 girls .... 24/7', { country: 'US' })).toEqual([]);
    expect(values('Age 23 ... 165 cm ... 52 kg', { country: 'US' })).toEqual([]);
    expect(values('503 ..... 724 3016', { country: 'US' })).toEqual([]);
    expect(values('rates 150 250 400 1000', { country: 'US' })).toEqual([]);
  });
});
