/**
 * Cyrillic → Latin transliteration, for matching names and handles written in either script.
 * Matching maps both sides to Latin, so a Latin watchlist entry meets a Cyrillic post and vice
 * versa. Several official schemes are offered because the same person is written differently by
 * a Ukrainian passport (national 2010 system), a Russian one (ICAO 9303) and English-language
 * sources (BGN/PCGN): matching compares all variants. Input should be lower case.
 */
export type TransliterationScheme = 'uk' | 'ru-bgn' | 'ru-icao';

type Table = Record<string, string>;

const COMMON: Table = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ъ: '',
  '\u2019': '',
  "'": '',
  ʼ: '',
};

/** Ukrainian national system (Cabinet of Ministers resolution 55, 2010): initial forms differ. */
const UK: Table = {
  ...COMMON,
  г: 'h',
  ґ: 'g',
  е: 'e',
  є: 'ie',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  ю: 'iu',
  я: 'ia',
  ё: 'io',
  ы: 'y',
  э: 'e',
};
const UK_INITIAL: Table = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** Russian, BGN/PCGN 1947 without diacritics: е/ё are "ye" at the start of a word and after vowels. */
const RU_BGN: Table = {
  ...COMMON,
  г: 'g',
  е: 'e',
  ё: 'e',
  и: 'i',
  й: 'y',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};
/** Russian passports (ICAO 9303, since 2013). */
const RU_ICAO: Table = {
  ...COMMON,
  г: 'g',
  е: 'e',
  ё: 'e',
  и: 'i',
  й: 'i',
  ы: 'y',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ъ: 'ie',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
};

const VOWELS = new Set('аеёиіїоуыэюяєaeiouy');
const CYRILLIC = /[\u0400-\u04ff]/;

export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);

export function transliterate(text: string, scheme: TransliterationScheme): string {
  if (!hasCyrillic(text)) return text;
  const table = scheme === 'uk' ? UK : scheme === 'ru-bgn' ? RU_BGN : RU_ICAO;
  let out = '';
  let prev = ' ';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const atWordStart = !/[\p{L}'\u2019ʼ]/u.test(prev);
    let latin = table[ch];
    if (latin === undefined) latin = ch;
    else if (scheme === 'uk') {
      if (atWordStart && UK_INITIAL[ch]) latin = UK_INITIAL[ch];
      // "зг" is written "zgh" so that it is not read as "zh".
      if (ch === 'г' && prev === 'з') latin = 'gh';
    } else if (
      scheme === 'ru-bgn' &&
      (ch === 'е' || ch === 'ё') &&
      (atWordStart || VOWELS.has(prev) || 'йъь'.includes(prev))
    ) {
      latin = 'ye';
    }
    out += latin;
    prev = ch;
  }
  return out;
}

/** The distinct Latin spellings of a text under every scheme (the text itself when it has no Cyrillic). */
export function latinVariants(text: string): string[] {
  if (!hasCyrillic(text)) return [text];
  return [
    ...new Set([transliterate(text, 'uk'), transliterate(text, 'ru-bgn'), transliterate(text, 'ru-icao')]),
  ];
}
