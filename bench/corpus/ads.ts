import type { ItemInput } from '@vigil/analysis';
import { OBFUSCATIONS, obfuscate } from './obfuscate.ts';
import { formatPlain, makePhone, PHONE_REGIONS, type PhoneSpec } from './phone-numbers.ts';
import { Random } from './random.ts';

/**
 * Synthetic multilingual ads of about 500 characters for throughput benchmarks: escort, massage,
 * job and ordinary classified ads in ten languages, with plain and obfuscated phone numbers
 * (shared across ads, as networks reuse numbers), e-mails, handles, prices, dates and measurements.
 * Deterministic for a seed; nothing here is real data.
 */

const SENTENCES: Record<string, string[]> = {
  en: [
    'New in town, sweet and discreet, 100% real photos.',
    'Available 24/7 for outcalls and incalls.',
    'Young girl, just arrived, very friendly.',
    'We offer well paid work abroad, accommodation and travel provided.',
    'No experience needed, visa arranged by us.',
    'Selling my bike, good condition, pick up only.',
    'Relaxing massage in a private apartment.',
    'Cash only, no deposit required.',
    'Looking for a room to rent near the station.',
    'Call or text me, no withheld numbers.',
  ],
  nl: [
    'Nieuw in de stad, lief en discreet.',
    'Dag en nacht beschikbaar, ook escort.',
    'Goed betaald werk in het buitenland, huisvesting geregeld.',
    'Geen ervaring nodig, wij regelen alles.',
    'Te koop: fiets in goede staat.',
    'Ontspannende massage in privé appartement.',
    'Alleen contant, geen aanbetaling.',
    'Bel of app me, geen anonieme nummers.',
  ],
  de: [
    'Neu in der Stadt, zärtlich und diskret.',
    'Rund um die Uhr erreichbar, Haus- und Hotelbesuche.',
    'Gut bezahlte Arbeit im Ausland, Unterkunft wird gestellt.',
    'Keine Erfahrung nötig, wir kümmern uns um alles.',
    'Verkaufe Fahrrad, guter Zustand.',
    'Entspannende Massage in privater Wohnung.',
    'Nur Barzahlung, keine Anzahlung.',
  ],
  fr: [
    'Nouvelle en ville, douce et discrète.',
    'Disponible 24h/24, déplacements possibles.',
    'Travail bien payé à l’étranger, logement fourni.',
    'Pas d’expérience nécessaire, nous organisons tout.',
    'Vends vélo en bon état.',
    'Massage relaxant dans un appartement privé.',
  ],
  es: [
    'Nueva en la ciudad, cariñosa y discreta.',
    'Disponible 24 horas, salidas a hotel.',
    'Trabajo bien pagado en el extranjero, alojamiento incluido.',
    'No se necesita experiencia, nosotros lo organizamos todo.',
    'Vendo bicicleta en buen estado.',
  ],
  pl: [
    'Nowa w mieście, dyskretna i miła.',
    'Dobrze płatna praca za granicą, zakwaterowanie zapewnione.',
    'Bez doświadczenia, wszystko załatwiamy.',
    'Sprzedam rower w dobrym stanie.',
    'Masaż relaksacyjny w prywatnym mieszkaniu.',
  ],
  ro: [
    'Nouă în oraș, discretă și drăguță.',
    'Muncă bine plătită în străinătate, cazare asigurată.',
    'Nu este nevoie de experiență, ne ocupăm de tot.',
    'Vând bicicletă în stare bună.',
  ],
  uk: [
    'Нова в місті, дискретно.',
    'Робота за кордоном для дівчат, житло надаємо, дорогу оплачуємо.',
    'Досвід не потрібен, допоможемо з документами.',
    'Продам велосипед у доброму стані.',
    'Для біженців з України безкоштовне житло.',
  ],
  ru: [
    'Новенькая в городе, без предоплаты.',
    'Работа за границей для девушек, жильё предоставляем.',
    'Опыт не нужен, поможем с документами.',
    'Продам велосипед в хорошем состоянии.',
  ],
  el: [
    'Καινούργια στην πόλη, διακριτική.',
    'Δουλειά στο εξωτερικό με καλό μισθό, παρέχεται διαμονή.',
    'Πωλείται ποδήλατο σε καλή κατάσταση.',
  ],
};

const LANG_REGION: Record<string, string[]> = {
  en: ['US', 'GB', 'AU', 'IN', 'CA'],
  nl: ['NL', 'BE'],
  de: ['DE'],
  fr: ['FR', 'BE'],
  es: ['ES'],
  pl: ['PL'],
  ro: ['RO'],
  uk: ['UA'],
  ru: ['UA'],
  el: ['IT'],
};
const LANGS = Object.keys(SENTENCES);

const EXTRAS: ((r: Random) => string)[] = [
  (r) => `€${r.int(50, 300)}/h`,
  (r) => `${r.int(19, 35)} y.o., ${r.int(155, 185)} cm`,
  (r) => `from ${r.int(1, 28)}.${r.int(1, 12)}.2025`,
  (r) => `open ${r.int(8, 12)}:00-${r.int(18, 23)}:00`,
  (r) =>
    `mail ${r.pick(['anna', 'lena', 'katya', 'maria'])}${r.int(1, 99)} at ${r.pick(['gmail', 'proton', 'mail'])} dot com`,
  (r) => `telegram @${r.pick(['sweet', 'hot', 'work'])}_${r.pick(['anna', 'lena', 'agency'])}${r.int(1, 99)}`,
  (r) => `https://example.org/ad/${r.digits(8)}`,
  (r) => `ref ${r.digits(9)}`,
  () => '💋🍒🔥',
];

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Distinct phone numbers shared by all ads (default count / 5). */
  phonePool?: number;
}

/** Generate `count` ads lazily (the corpus never needs to sit in memory whole). */
export function* generateAds(options: CorpusOptions): Generator<ItemInput> {
  const r = new Random(options.seed ?? 42);
  const pool: PhoneSpec[] = [];
  const poolSize = Math.max(1, options.phonePool ?? Math.ceil(options.count / 5));
  for (let i = 0; i < options.count; i++) {
    const lang = r.pick(LANGS);
    const region = r.pick(LANG_REGION[lang] ?? PHONE_REGIONS);
    let phone: PhoneSpec;
    if (pool.length < poolSize) {
      phone = makePhone(r, region);
      pool.push(phone);
    } else phone = r.pick(pool);
    const parts: string[] = [];
    let len = 0;
    const phoneAt = r.int(1, 4);
    for (let k = 0; len < 460; k++) {
      let s = r.pick(SENTENCES[lang]!);
      if (k === phoneAt) {
        const how = r.chance(0.5) ? undefined : r.pick(OBFUSCATIONS);
        s = how ? obfuscate(r, phone.national, how, lang) : formatPlain(r, phone, r.chance(0.3));
      } else if (r.chance(0.3)) s = r.pick(EXTRAS)(r);
      parts.push(s);
      len += s.length + 1;
    }
    const item: ItemInput = { id: `ad-${i}`, text: parts.join(' '), lang: undefined };
    delete item.lang;
    if (r.chance(0.5)) item.country = phone.region;
    if (r.chance(0.3)) item.title = r.pick(SENTENCES[lang]!).slice(0, 40);
    yield item;
  }
}
