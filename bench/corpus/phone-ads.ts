import { OBFUSCATIONS, obfuscate } from './obfuscate.ts';
import { formatPlain, makePhone, type PhoneSpec } from './phone-numbers.ts';
import { Random } from './random.ts';

/** A labelled ad for the phone-extraction benchmark. */
export interface PhoneAd {
  id: string;
  text: string;
  country?: string;
  lang: string;
  /** Expected canonical values: E.164 (or national digits where the region cannot be known). */
  expected: string[];
  note: string;
}

const LANG_OF: Record<string, string> = {
  US: 'en',
  CA: 'en',
  GB: 'en',
  AU: 'en',
  IN: 'en',
  NL: 'nl',
  DE: 'de',
  FR: 'fr',
  ES: 'es',
  PL: 'pl',
  RO: 'ro',
  UA: 'uk',
  IT: 'it',
  BE: 'nl',
};

const CITIES: Record<string, string[]> = {
  US: ['Portland', 'Las Vegas', 'Miami', 'Chicago'],
  CA: ['Toronto', 'Vancouver'],
  GB: ['London', 'Manchester'],
  AU: ['Sydney', 'Melbourne'],
  IN: ['Mumbai', 'Delhi'],
  NL: ['Amsterdam', 'Rotterdam'],
  DE: ['Berlin', 'Hamburg'],
  FR: ['Paris', 'Lyon'],
  ES: ['Madrid', 'Barcelona'],
  PL: ['Warszawa', 'Kraków'],
  RO: ['București', 'Cluj'],
  UA: ['Київ', 'Одеса'],
  IT: ['Milano', 'Roma'],
  BE: ['Antwerpen', 'Gent'],
};

const INTRO: Record<string, string[]> = {
  en: [
    'New in town, sweet and discreet. Call or text',
    'Hiring girls for hostess work, good pay. WhatsApp',
    'Relaxing massage, private apartment, call me',
    'Genuine photos, 100% real. Contact',
  ],
  nl: [
    'Nieuw in de stad, lief en discreet. Bel of app',
    'Gezocht: meisjes voor hostess werk, goed betaald. Bel',
    'Ontspannende massage, privé. Bel mij',
  ],
  de: [
    'Neu in der Stadt, diskret und zärtlich. Ruf an',
    'Wir suchen Mädchen für Hostess-Job, gute Bezahlung. WhatsApp',
    'Entspannende Massage privat, Handy',
  ],
  fr: [
    'Nouvelle en ville, douce et discrète. Appelez',
    'Recherche filles pour travail hôtesse, bien payé. Tél',
    'Massage relaxant, appartement privé. Appelle-moi au',
  ],
  es: [
    'Nueva en la ciudad, cariñosa y discreta. Llama al',
    'Buscamos chicas para trabajo de azafata, buen sueldo. WhatsApp',
    'Masaje relajante, piso privado. Móvil',
  ],
  pl: [
    'Nowa w mieście, dyskretna. Zadzwoń',
    'Praca dla dziewczyn za granicą, dobre zarobki. Tel',
    'Masaż relaksacyjny, prywatnie. Dzwoń',
  ],
  ro: [
    'Nouă în oraș, discretă. Sună la',
    'Căutăm fete pentru muncă în străinătate, salariu bun. Tel',
    'Masaj relaxant, apartament privat. Sună',
  ],
  uk: [
    'Нова в місті, дискретно. Дзвоніть',
    'Робота для дівчат за кордоном, житло надаємо. Телефон',
    'Масаж, приватні апартаменти. Телефон',
  ],
  it: [
    'Nuova in città, dolce e discreta. Chiama',
    'Cerchiamo ragazze per lavoro hostess, buona paga. WhatsApp',
    'Massaggio rilassante, privato. Cell',
  ],
};

const DISTRACTORS: ((r: Random) => string)[] = [
  (r) => `Available ${r.int(1, 28)}.${String(r.int(1, 12)).padStart(2, '0')}.2025`,
  (r) => `from 2025-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
  (r) => `open ${r.int(8, 12)}:00-${r.int(18, 23)}:00`,
  (r) => `hours ${r.int(8, 12)}.00-${r.int(18, 23)}.00`,
  (r) => `€${r.int(50, 300)} per hour`,
  (r) => `price ${r.int(1, 9)}.${r.int(100, 999)}.000 €`,
  (r) => `${r.int(150, 500)} $/h`,
  (r) => `age ${r.int(19, 35)}, ${r.int(155, 185)} cm, ${r.int(45, 70)} kg`,
  (r) => `${r.int(80, 100)}-${r.int(55, 70)}-${r.int(80, 100)}`,
  (r) => `Order #${r.int(2, 9)}${r.digits(9)}`,
  (r) => `Ref: ${r.int(1, 9)}${r.digits(9)}`,
  (r) => `ID ${r.digits(12)}`,
  (r) => `card 4${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
  (r) => `IBAN NL${r.int(10, 99)}ABNA0${r.digits(9)}`,
  (r) => `see site.example/ad/${r.int(1, 9)}${r.digits(9)}?ref=${r.digits(8)}`,
  (r) => `${r.int(1000, 9999)} ${r.pick(['AB', 'KL', 'XT'])}`,
  (r) => `salary ${r.int(2, 5)} ${r.int(100, 999)} zł`,
  (r) => `tx ${r.digits(6)}a${r.digits(10)}`,
  (r) => `${r.int(19, 30)} y.o.`,
  (r) => `only ${r.int(100, 300)}€ / ${r.int(1, 3)}h`,
];

function render(r: Random, p: PhoneSpec, lang: string): { text: string; obf: string } {
  if (r.chance(0.3)) return { text: formatPlain(r, p, r.chance(0.35)), obf: 'plain' };
  const how = r.pick(OBFUSCATIONS);
  const intl = r.chance(0.2);
  const digits = intl ? p.e164.slice(1) : p.national;
  const body = obfuscate(r, digits, how, r.chance(0.7) ? lang : 'en');
  return { text: intl ? `+${body}` : body, obf: how };
}

/** `count` labelled ads, deterministic for a seed. */
export function generatePhoneAds(count: number, seed = 20261128): PhoneAd[] {
  const r = new Random(seed);
  const regions = Object.keys(LANG_OF);
  const ads: PhoneAd[] = [];
  for (let i = 0; i < count; i++) {
    const region = r.pick(regions);
    const lang = LANG_OF[region]!;
    const intro = r.pick(INTRO[lang === 'nl' && region === 'BE' ? 'nl' : lang] ?? INTRO.en!);
    const parts: string[] = [];
    const expected: string[] = [];
    const notes: string[] = [];
    // How a reader knows the country: the item's country, a city in the text, or an international number.
    // English is spoken in five of these regions: there the language says nothing, and real ads on
    // such sites carry a location, so English ads always get a country or a city.
    let clue = r.pick(['country', 'city', 'none']);
    if (clue === 'none' && lang === 'en') clue = 'city';
    const country = clue === 'country' ? region : undefined;
    if (clue === 'city') parts.push(`${r.pick(CITIES[region]!)}.`);
    parts.push(intro);
    const phones = r.chance(0.15) ? 0 : r.chance(0.15) ? 2 : 1;
    for (let k = 0; k < phones; k++) {
      const p = makePhone(r, region);
      const { text, obf } = render(r, p, lang);
      parts.push(k === 0 ? text : `or ${text}`);
      expected.push(p.e164);
      notes.push(obf);
    }
    for (let k = r.int(1, 3); k > 0; k--) parts.splice(r.int(0, parts.length), 0, r.pick(DISTRACTORS)(r));
    const ad: PhoneAd = {
      id: `p${i}`,
      text: parts.join(' '),
      lang,
      expected,
      note: `${region}/${clue}/${notes.join(',')}`,
    };
    if (country) ad.country = country;
    ads.push(ad);
  }
  return ads;
}
