import type { Random } from './random.ts';

/** The ways ads hide a phone number from search, applied to a plain rendering. */

export const DIGIT_WORDS: Record<string, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  pl: ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
  ro: ['zero', 'unu', 'doi', 'trei', 'patru', 'cinci', 'șase', 'șapte', 'opt', 'nouă'],
  uk: ['нуль', 'один', 'два', 'три', 'чотири', "п'ять", 'шість', 'сім', 'вісім', "дев'ять"],
  ru: ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
};

const TENS_EN = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS_EN = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const KEYCAP = (d: string) => `${d}\ufe0f\u20e3`;
const CIRCLED = '⓪①②③④⑤⑥⑦⑧⑨';
const DINGBAT = ['⓿', '➊', '➋', '➌', '➍', '➎', '➏', '➐', '➑', '➒'];
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

function randomCase(r: Random, w: string): string {
  if (r.chance(0.5)) return w;
  return [...w].map((c) => (r.chance(0.5) ? c.toUpperCase() : c)).join('');
}

export type Obfuscation =
  | 'words'
  | 'mixed_words'
  | 'spaced'
  | 'starred'
  | 'bracketed'
  | 'lookalike'
  | 'emoji'
  | 'zero_width'
  | 'tens'
  | 'double';

export const OBFUSCATIONS: Obfuscation[] = [
  'words',
  'mixed_words',
  'spaced',
  'starred',
  'bracketed',
  'lookalike',
  'emoji',
  'zero_width',
  'tens',
  'double',
];

/** Obfuscate national `digits` (a leading '+cc' may be passed as `prefix`, written plainly). */
export function obfuscate(r: Random, digits: string, how: Obfuscation, lang: string): string {
  const words = DIGIT_WORDS[lang] ?? DIGIT_WORDS.en!;
  const ds = [...digits];
  switch (how) {
    case 'words':
      return ds.map((d) => randomCase(r, words[Number(d)]!)).join(r.pick([' ', ' ', '-', ', ']));
    case 'mixed_words':
      return ds
        .map((d) => (r.chance(0.5) ? randomCase(r, words[Number(d)]!) : d))
        .join(r.pick(['/', '-', ' ', ' / ']));
    case 'spaced': {
      const sep = r.pick([' ', ' * ', '.', '-', ' . ', '_', ' | ', ' • ', '  ']);
      return ds.map((d) => (d === '0' && r.chance(0.4) ? 'o' : d)).join(sep);
    }
    case 'starred': {
      const cut = [3, 6];
      const parts = [digits.slice(0, cut[0]), digits.slice(cut[0], cut[1]), digits.slice(cut[1])];
      return `**${parts.join('**')}**`;
    }
    case 'bracketed':
      return ds.map((d) => r.pick([`[${d}]`, `(${d})`, `{${d}}`])).join('');
    case 'lookalike':
      return ds
        .map((d) => (d === '0' ? r.pick(['O', 'o', 'О']) : d === '1' ? r.pick(['l', 'I']) : d))
        .join('');
    case 'emoji':
      return ds
        .map((d) =>
          r.pick([
            KEYCAP(d),
            CIRCLED[Number(d)]!,
            DINGBAT[Number(d)]!,
            String.fromCharCode(0xff10 + Number(d)),
          ]),
        )
        .join(r.pick(['', ' ']));
    case 'zero_width':
      return ds.map((d) => d + (r.chance(0.6) ? r.pick(ZW) : '')).join('');
    case 'tens': {
      // pairs read as numbers in English: "zero six, forty five, ..."
      const out: string[] = [];
      for (let i = 0; i < ds.length; i += 2) {
        const pair = ds.slice(i, i + 2).join('');
        if (pair.length === 1 || pair[0] === '0')
          out.push([...pair].map((d) => DIGIT_WORDS.en![Number(d)]!).join(' '));
        else if (pair[0] === '1') out.push(TEENS_EN[Number(pair[1])]!);
        else
          out.push(
            `${TENS_EN[Number(pair[0])]}${pair[1] === '0' ? '' : ` ${DIGIT_WORDS.en![Number(pair[1])]}`}`,
          );
      }
      return out.join(', ');
    }
    case 'double': {
      let s = '';
      for (let i = 0; i < ds.length; i++) {
        if (ds[i] === ds[i + 1] && ds[i] !== ds[i + 2]) {
          s += ` double ${ds[i]} `;
          i++;
        } else s += ds[i];
      }
      return s.trim().replace(/\s+/g, ' ');
    }
  }
}
