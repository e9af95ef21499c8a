import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixHomoglyphs, fixNumericLookalikes } from './homoglyphs.ts';
import { fullNormalize, normalizeText, plainNormalize } from './normalize-text.ts';
import { toOriginalSpan } from './normalized-text.ts';
import { MIXED_WORD, NOT_PLAIN, NUMERIC_HINT, plainScan } from './plain-scan.ts';
import { simpleNormalize } from './simple-normalize.ts';
import { checkOffsets, hostile } from './test-helpers.ts';

describe('normalizeText', () => {
  it('lower-cases and applies NFKC', () => {
    expect(normalizeText('ＣＡＬＬ ﬁne').text).toBe('call fine');
    expect(normalizeText('cafe\u0301 Е\u0308').text).toBe('café ё'); // decomposed input composes
  });

  it('removes zero-width characters and keeps offsets into the raw text', () => {
    const raw = 'ca\u200bll';
    const n = normalizeText(raw);
    expect(n.text).toBe('call');
    expect(Array.from(n.offsets)).toEqual([0, 1, 3, 4, 5]);
  });

  it('reads keycap, circled, dingbat and fullwidth digits as digits', () => {
    const raw = '0️⃣6️⃣ ①② ➊❷ １２ 🔟 𝟗';
    const n = normalizeText(raw);
    expect(n.text).toBe('06 12 12 12 10 9');
    const span = toOriginalSpan(n, 0, 2);
    expect(raw.slice(span.start, span.end)).toBe('0️⃣6️⃣');
  });

  it('reads the decimal digits of other scripts as digits, not their letters', () => {
    const raw = 'फोन ७०४२ ५५१ ३८६ · ٠٥٩٨ · ۰۹۱۲ · ๐๘๑';
    const n = normalizeText(raw);
    expect(n.text).toBe('फोन 7042 551 386 · 0598 · 0912 · 081');
    const span = toOriginalSpan(n, 4, 8);
    expect(raw.slice(span.start, span.end)).toBe('७०४२');
    expect(normalizeText('सेवा').text).toBe('सेवा');
  });

  it('maps the minority script of a mixed word to the dominant one', () => {
    expect(normalizeText('Сash оnly').text).toBe('cash only'); // Cyrillic С and о
    expect(normalizeText('привeт').text).toBe('привет'); // Latin e in a Cyrillic word
    expect(normalizeText('мοлодая').text).toBe('молодая'); // Greek omicron
    expect(normalizeText('καλησπέρα').text).toBe('καλησπέρα'); // pure Greek untouched
    expect(normalizeText('москва moscow').text).toBe('москва moscow'); // single-script words untouched
  });

  it('reads O and l as digits only in numeric context', () => {
    expect(normalizeText('1OO% real').text).toBe('100% real');
    expect(normalizeText('O6l2345678').text).toBe('0612345678');
    expect(normalizeText('Hello Oslo 10 lol').text).toBe('hello oslo 10 lol');
  });

  it('maps an expansion back to the whole source character', () => {
    const raw = 'x🔟y';
    const n = normalizeText(raw);
    expect(n.text).toBe('x10y');
    expect(toOriginalSpan(n, 1, 2)).toEqual({ start: 1, end: 3 });
    expect(toOriginalSpan(n, 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('handles empty and lone-surrogate input', () => {
    expect(normalizeText('').text).toBe('');
    expect(normalizeText('a\ud800b').text).toBe('a\ufffdb');
  });

  it('never throws, keeps offsets monotone and inside the raw text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (raw) => {
        checkOffsets(raw, normalizeText(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('composes a letter with a combining mark across invisible characters (found by the property below)', () => {
    expect(normalizeText('o\u200b\u0301').text).toBe('\u00f3');
    expect(normalizeText(normalizeText('o\u200b\u0301').text).text).toBe('\u00f3');
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (raw) => {
        const once = normalizeText(raw).text;
        expect(normalizeText(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('toOriginalSpan stays inside the raw text for any range (property)', () => {
    fc.assert(
      fc.property(hostile, fc.nat(100), fc.nat(100), (raw, a, b) => {
        const n = normalizeText(raw);
        const s = toOriginalSpan(n, Math.min(a, b), Math.max(a, b));
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThanOrEqual(s.start);
        expect(s.end).toBeLessThanOrEqual(raw.length);
      }),
    );
  });

  describe('path for texts without marks', () => {
    const same = (raw: string) => {
      const simple = simpleNormalize(raw);
      if (simple === undefined) return;
      const full = fullNormalize(raw);
      expect(simple.text).toBe(full.text);
      expect(Array.from(simple.offsets)).toEqual(Array.from(full.offsets));
    };

    it('takes invisible characters, digit emoji, keycaps and compatibility forms, not marks', () => {
      for (const raw of ['ca\u200bll', '0️⃣6️⃣ ①② ➊❷ １２ 🔟 𝟗', 'ﬁ ΟΔΟΣ İ', 'a\u0007b', '\ud800x', 'x\udc00']) {
        expect(simpleNormalize(raw)).toBeDefined();
        same(raw);
      }
      expect(simpleNormalize('cafe\u0301')).toBeUndefined();
      expect(simpleNormalize('o\u200b\u0301')).toBeUndefined();
    });

    it('agrees with the full path on every BMP code unit and on astral samples', () => {
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        same(`A${ch}b\u200b`);
        same(`${ch}\u00ad1`);
      }
      for (let cp = 0x10000; cp < 0x30000; cp += 7) same(`a${String.fromCodePoint(cp)}\ufe0fB`);
      for (let cp = 0xe0000; cp < 0xe0200; cp++) same(`a${String.fromCodePoint(cp)}B\u2060`);
    });

    it('agrees with the full path on hostile strings (property)', () => {
      fc.assert(
        fc.property(hostile, (raw) => same(raw)),
        { numRuns: 3000 },
      );
    });
  });

  describe('plain fast path', () => {
    const same = (raw: string) => {
      const plain = plainNormalize(raw);
      if (plain === undefined) return;
      const full = fullNormalize(raw);
      expect(plain.text).toBe(full.text);
      expect(Array.from(plain.offsets)).toEqual(Array.from(full.offsets));
    };

    it('takes plain ASCII, lower-case and capital letters of any script, and emoji', () => {
      for (const raw of ['Call me 06', 'Нова в місті', 'Καινούργια', 'Zażółć', 'Hi 💋🍒🔥!']) {
        expect(plainNormalize(raw)).toBeDefined();
        same(raw);
      }
    });

    it('leaves marks, invisible characters, digit emoji, compatibility forms and Σ to the full path', () => {
      for (const raw of [
        'cafe\u0301',
        'ca\u200bll',
        '❤️',
        '🔟',
        '①',
        'ＡＢ',
        'ﬁ',
        'ΟΔΟΣ',
        'İ',
        'a\u0007b',
        '\ud800x',
      ]) {
        expect(plainNormalize(raw)).toBeUndefined();
      }
    });

    it('agrees with the full path on every BMP code unit between letters', () => {
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        same(`A${ch}b`);
        same(`${ch}\u0301`);
      }
    });

    it('agrees with the full path on hostile strings (property)', () => {
      fc.assert(
        fc.property(hostile, (raw) => same(raw)),
        { numRuns: 2000 },
      );
    });

    it('skips a repair only when it would change nothing (property)', () => {
      const skipped = (raw: string) => {
        const flags = plainScan(raw);
        if (flags === NOT_PLAIN) return;
        const lower = raw.toLowerCase();
        if ((flags & MIXED_WORD) === 0) expect(fixHomoglyphs(lower)).toBe(lower);
        if ((flags & NUMERIC_HINT) === 0) expect(fixNumericLookalikes(lower)).toBe(lower);
        const n = plainNormalize(raw)!;
        expect(normalizeText(raw).text).toBe(fixNumericLookalikes(fixHomoglyphs(n.text)));
      };
      for (const raw of ['Сash оnly', 'привeт', 'мοлодая', '1OO%', 'O6l2345678', 'Hi 💋 1О', 'ΚΑΛΗ Оl'])
        skipped(raw);
      fc.assert(fc.property(hostile, skipped), { numRuns: 3000 });
      for (let c = 0x80; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        for (const raw of [`a${ch}`, `${ch}a`, `1${ch}`, `${ch}1`, `${ch}о`]) skipped(raw);
      }
    });
  });
});
