/**
 * Synthetic material for the demo operation. Every name, number and address here is invented;
 * phone numbers use ranges reserved for fiction or drama where countries have them.
 */
export const DEMO_COUNTRIES: [string, string][] = [
  ['AT', 'Austria'],
  ['BE', 'Belgium'],
  ['BG', 'Bulgaria'],
  ['CZ', 'Czechia'],
  ['DE', 'Germany'],
  ['DK', 'Denmark'],
  ['EE', 'Estonia'],
  ['ES', 'Spain'],
  ['FI', 'Finland'],
  ['FR', 'France'],
  ['GR', 'Greece'],
  ['HU', 'Hungary'],
  ['IE', 'Ireland'],
  ['IT', 'Italy'],
  ['LT', 'Lithuania'],
  ['NL', 'Netherlands'],
  ['PL', 'Poland'],
  ['PT', 'Portugal'],
  ['RO', 'Romania'],
  ['SE', 'Sweden'],
];

export const DEMO_FIRST_NAMES = [
  'Anna',
  'Olena',
  'Iryna',
  'Maria',
  'Sofia',
  'Kateryna',
  'Elena',
  'Nadia',
  'Daria',
  'Alina',
  'Viktoria',
  'Yulia',
];
export const DEMO_CITIES = [
  'Amsterdam',
  'Berlin',
  'Warsaw',
  'Vienna',
  'Prague',
  'Madrid',
  'Paris',
  'Bucharest',
  'Brussels',
  'Lisbon',
];

export const PLATFORM_KIND_MIX: [string, number][] = [
  ['classifieds', 30],
  ['social_media', 22],
  ['dating', 18],
  ['forum', 14],
  ['messaging', 12],
  ['help_aid', 10],
  ['dark_web', 8],
];

/** Ad templates per language; {name} {age} {city} {phone} {price} {handle} are filled per item. */
export const DEMO_TEMPLATES: { lang: string; text: string }[] = [
  {
    lang: 'en',
    text: 'New in {city}! Sweet {name}, {age}, 100% real pics, no rush. Call or text {phone}. Incall/outcall {price} eur/hour. Telegram @{handle}',
  },
  {
    lang: 'en',
    text: 'Job abroad for young women from Ukraine, no experience needed, free housing and travel paid. Good money {price} EUR per week. WhatsApp {phone}',
  },
  {
    lang: 'uk',
    text: 'Робота за кордоном для дівчат, житло безкоштовно, квитки оплачуємо. Без досвіду. Зарплата від {price} євро. Пишіть у телеграм @{handle} або {phone}',
  },
  {
    lang: 'ru',
    text: 'Девушки {age}-25 лет, работа в {city}, жильё и дорога за счёт работодателя, документы оформим. Звоните {phone}, телеграм @{handle}',
  },
  {
    lang: 'pl',
    text: 'Praca dla pań z Ukrainy w {city}, zakwaterowanie zapewnione, wysokie zarobki {price} zł tygodniowo, bez znajomości języka. Kontakt {phone}',
  },
  {
    lang: 'de',
    text: 'Neu in {city}: {name} ({age}), diskret und zärtlich, nur heute. Termin unter {phone}, Bezahlung nur in Bitcoin.',
  },
  {
    lang: 'ro',
    text: 'Căutăm fete tinere pentru muncă în străinătate, cazare gratuită, câștig {price} euro pe săptămână. Sună la {phone}',
  },
  {
    lang: 'nl',
    text: 'Hulp voor vluchtelingen uit Oekraïne: gratis onderdak bij ons in {city}, alleen voor vrouwen. Bel {phone}',
  },
  {
    lang: 'en',
    text: 'Room available for refugee family in {city}, registered charity, contact our office {phone} on weekdays.',
  },
  {
    lang: 'en',
    text: 'Selling a used bicycle in {city}, good condition, {price} euro. Call {phone} after 6pm.',
  },
];

export const PHONE_PREFIX: Record<string, string> = {
  NL: '+31 6 ',
  DE: '+49 151 ',
  PL: '+48 512 ',
  RO: '+40 721 ',
  BE: '+32 470 ',
  FR: '+33 6 ',
  ES: '+34 612 ',
  AT: '+43 664 ',
};
