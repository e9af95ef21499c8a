import LinkifyIt from 'linkify-it';

/**
 * Generic TLDs common on escort, dating, classifieds and job sites, on top of linkify-it's
 * defaults (com, net, org, ... and every two-letter ccTLD). Fuzzy links (no scheme) are only
 * recognised for these; links with a scheme are recognised whatever their TLD.
 */
export const EXTRA_TLDS = [
  'onion',
  'xyz',
  'club',
  'online',
  'site',
  'top',
  'vip',
  'live',
  'app',
  'link',
  'store',
  'tech',
  'space',
  'website',
  'fun',
  'icu',
  'life',
  'love',
  'sexy',
  'dating',
  'porn',
  'adult',
  'sex',
  'agency',
  'work',
  'jobs',
  'travel',
  'email',
  'today',
  'world',
  'one',
  'blog',
  'page',
  'tube',
  'cam',
  'chat',
  'social',
  'network',
  'services',
  'company',
  'group',
  'news',
  'media',
  'photo',
  'photos',
  'gallery',
  'models',
  'girl',
  'girls',
  'babe',
  'escort',
  'massage',
  'spa',
  'salon',
  'beauty',
  'city',
  'berlin',
  'wien',
  'amsterdam',
  'paris',
  'london',
  'bar',
  'pub',
  'win',
  'bid',
  'date',
  'download',
  'stream',
  'cloud',
  'host',
  'digital',
  'global',
  'ltd',
  'gmbh',
  'tel',
  'mobi',
];

/** One configured linkify-it instance: fuzzy links on, e-mails left to the e-mail kind, .onion known. */
export const linkify = new LinkifyIt({}, { fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false }).tlds(
  EXTRA_TLDS,
  true,
);

/** linkify-it's own fuzzy TLDs: its default list and every two-letter ccTLD (its generated pattern). */
const DEFAULT_TLDS = [
  'biz',
  'com',
  'edu',
  'gov',
  'net',
  'org',
  'pro',
  'web',
  'xxx',
  'aero',
  'asia',
  'coop',
  'info',
  'museum',
  'name',
  'shop',
  'рф',
];
const TWO_LETTER =
  /^(?:a[cdefgilmnoqrstuwxz]|b[abdefghijmnorstvwyz]|c[acdfghiklmnoruvwxyz]|d[ejkmoz]|e[cegrstu]|f[ijkmor]|g[abdefghilmnpqrstuwy]|h[kmnrtu]|i[delmnoqrst]|j[emop]|k[eghimnprwyz]|l[abcikrstuvy]|m[acdeghklmnopqrstuvwxyz]|n[acefgilopruz]|om|p[aefghklmnrstwy]|qa|r[eosuw]|s[abcdeghijklmnortuvxyz]|t[cdfghjklmnortvwz]|u[agksyz]|v[aceginu]|w[fs]|y[et]|z[amw])$/;
const FUZZY_TLDS = new Set([...DEFAULT_TLDS, ...EXTRA_TLDS]);

/** Whether linkify-it, as configured here, recognises `tld` in a link written without a scheme. */
export function isFuzzyTld(tld: string): boolean {
  const t = tld.toLowerCase();
  return FUZZY_TLDS.has(t) || TWO_LETTER.test(t) || t.startsWith('xn--');
}
