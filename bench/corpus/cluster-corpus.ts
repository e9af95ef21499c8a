import { EMOJI, LANGUAGE_PACKS, type LanguagePack, TRANSLATION_PAIRS } from './cluster-phrases.ts';
import { placeName } from './cluster-places.ts';

/**
 * Seeded synthetic corpus with ground truth for `vigil cluster`: templated lures posted by
 * "operators" in several languages and scripts (slot variation, typos, dropped sentences, extra
 * emoji, shared phones, handles and near-identical images), benign repeated ads, hub selectors
 * (an agency switchboard, a platform support address, a platform logo) and unrelated noise.
 * Lines look like `vigil scan` output: item fields plus `selectors`, `score`, `lang`.
 */

export interface CorpusOptions {
  size: number;
  seed?: number;
  /** Share of unrelated one-off ads (default 0.4). */
  noiseShare?: number;
  /** Share of benign repeated ads (default 0.1). */
  benignShare?: number;
  /** Average lure items per operator (default 60). */
  itemsPerOperator?: number;
}

export interface CorpusLine {
  id: string;
  text: string;
  url: string;
  platform: string;
  country: string;
  lang: string;
  score: number;
  selectors: { type: string; value: string }[];
  image_hashes: string[];
}

export interface CorpusRecord {
  line: CorpusLine;
  /** Ground truth: template group (operator, lure, language), or null for a one-off. */
  template: string | null;
  /** Ground truth: network (operator), or null. */
  network: string | null;
  /**
   * Ground truth across languages: the lure (operator, lure) whatever language it was posted
   * in, or the benign ad; null for a one-off. A translation keeps the phone, handle, price, city
   * (as the target language names it), emoji and images of the lure.
   */
  lure: string | null;
}

/** mulberry32: small, fast, seeded. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

const PLATFORMS = [
  'ads-one.example',
  'escort-list.example',
  'jobs-abroad.example',
  'classifieds.example',
  'dating.example',
  'forum.example',
  'market.example',
  'chat.example',
];
const PHONE_PREFIX: Record<string, string> = {
  GB: '+447',
  PL: '+485',
  UA: '+38067',
  GR: '+3069',
  DE: '+49151',
  RO: '+407',
};
const HUB_PHONES = ['+3228888888', '+3228888889', '+441632960000'];
const HUB_EMAIL = 'support@classifieds.example';
const HUB_IMAGE = 'f0f0f0f00f0f0f0f';

function hex64(r: Random): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += r.int(16).toString(16);
  return s;
}

function flipBits(hex: string, r: Random, flips: number): string {
  const digits = hex.split('').map((d) => Number.parseInt(d, 16));
  for (let f = 0; f < flips; f++) {
    const bit = r.int(64);
    digits[bit >> 2] = (digits[bit >> 2] as number) ^ (1 << (bit & 3));
  }
  return digits.map((d) => d.toString(16)).join('');
}

function phoneFor(country: string, r: Random): string {
  const prefix = PHONE_PREFIX[country] ?? '+4915';
  let rest = '';
  while (prefix.length - 1 + rest.length < 11) rest += r.int(10);
  return prefix + rest;
}

/** The same number as people write it: grouped, dashed, with 00 instead of +. */
function formatPhone(e164: string, r: Random): string {
  const digits = e164.slice(1);
  switch (r.int(3)) {
    case 0:
      return `+${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`;
    case 1:
      return `00${digits.slice(0, 2)}-${digits.slice(2, 6)}-${digits.slice(6)}`;
    default:
      return e164;
  }
}

interface Lure {
  /** Sentence types in order, each with the variants chosen for its two halves. */
  parts: { type: number; a: number; b: number }[];
  emoji: Map<number, string>;
  separator: string;
}

interface Operator {
  id: number;
  home: LanguagePack;
  langs: LanguagePack[];
  lures: Lure[];
  phones: string[];
  handle: string;
  /** Posts without the Telegram handle: linked only by phone numbers, images and text. */
  handleless: boolean;
  cityIdx: number[];
  prices: number[];
  images: string[];
  platforms: string[];
}

function makeLure(r: Random): Lure {
  const middle = [1, 2, 3, 4].filter(() => r.chance(0.85));
  for (let i = middle.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [middle[i], middle[j]] = [middle[j] as number, middle[i] as number];
  }
  const parts = [0, ...middle, 5].map((type) => ({ type, a: r.int(3), b: r.int(3) }));
  const emoji = new Map<number, string>();
  for (let k = 0; k < 2; k++) emoji.set(r.int(parts.length), r.pick(EMOJI));
  return { parts, emoji, separator: r.pick(['. ', '! ', ' | ', '.\n', ' 💫 ']) };
}

function makeOperator(id: number, r: Random): Operator {
  const home = r.pick(LANGUAGE_PACKS);
  const langs = [home];
  for (const other of TRANSLATION_PAIRS[home.lang] ?? []) {
    const pack = LANGUAGE_PACKS.find((p) => p.lang === other);
    if (pack && r.chance(0.35)) langs.push(pack);
  }
  const country = home.country;
  return {
    id,
    home,
    langs,
    lures: Array.from({ length: 1 + r.int(2) }, () => makeLure(r)),
    phones: Array.from({ length: 1 + r.int(2) }, () => phoneFor(country, r)),
    handleless: r.chance(0.2),
    // The operator id makes the handle unique: two operators never share an account (random
    // suffixes did collide at a million items and glued unrelated operators into one network).
    handle: `${r.pick(['sweet', 'hot', 'job', 'work', 'angel', 'vip', 'model'])}_${r.pick(['anna', 'kate', 'lina', 'mia', 'ola', 'eva'])}${id}`,
    cityIdx: Array.from({ length: 1 + r.int(3) }, () => r.int(7)),
    prices: Array.from({ length: 1 + r.int(3) }, () => 50 + 10 * r.int(30)),
    images: Array.from({ length: 2 + r.int(3) }, () => hex64(r)),
    platforms: Array.from({ length: 1 + r.int(3) }, () => r.pick(PLATFORMS)),
  };
}

function typo(text: string, r: Random): string {
  const words = text.split(' ');
  const w = r.int(words.length);
  const word = words[w] as string;
  if (word.length < 4 || /[0-9{]/.test(word)) return text;
  const at = 1 + r.int(word.length - 2);
  const chars = [...word];
  [chars[at], chars[at - 1]] = [chars[at - 1] as string, chars[at] as string];
  words[w] = chars.join('');
  return words.join(' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lureText(
  op: Operator,
  lure: Lure,
  pack: LanguagePack,
  r: Random,
): { text: string; phone: string; hasHandle: boolean } {
  const phone = r.pick(op.phones);
  const fill = (phrase: string) =>
    phrase
      .replace('{name}', r.pick(pack.names))
      .replace('{age}', String(18 + r.int(12)))
      .replace('{city}', placeName(op.home.cities[r.pick(op.cityIdx)] as string, op.home.lang, pack.lang))
      .replace('{price}', String(r.pick(op.prices)))
      .replace('{cur}', pack.currency)
      .replace('{phone}', formatPhone(phone, r))
      .replace('{handle}', `@${op.handle}`);
  const dropAt = r.chance(0.1) && lure.parts.length > 3 ? 1 + r.int(lure.parts.length - 2) : -1;
  const sentences: string[] = [];
  lure.parts.forEach((part, k) => {
    if (k === dropAt) return;
    const halves = pack.phrases[part.type] as [string, string, string][];
    const contactOnly = part.type === 5 && op.handleless;
    let s = capitalise(
      contactOnly
        ? fill(halves[0]?.[part.a] ?? '')
        : `${fill(halves[0]?.[part.a] ?? '')}, ${fill(halves[1]?.[part.b] ?? '')}`,
    );
    const emoji = lure.emoji.get(k);
    if (emoji) s += ` ${emoji}`;
    sentences.push(s);
  });
  let text = sentences.join(lure.separator);
  if (r.chance(0.3)) text = typo(text, r);
  if (r.chance(0.1)) text = typo(text, r);
  if (r.chance(0.2)) text += ` ${r.pick(EMOJI)}`;
  return { text, phone, hasHandle: !op.handleless && lure.parts.some((p) => p.type === 5) };
}

function noiseText(pack: LanguagePack, r: Random, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(r.chance(0.1) ? String(r.int(2000)) : r.pick(pack.words));
  return capitalise(words.join(' '));
}

/** Generate `size` records, deterministically for a seed. */
export function* generateClusterCorpus(options: CorpusOptions): Generator<CorpusRecord> {
  const r = createRandom(options.seed ?? 42);
  const size = options.size;
  const operators = Array.from(
    {
      length: Math.max(
        1,
        Math.round(
          (size * (1 - (options.noiseShare ?? 0.4) - (options.benignShare ?? 0.1))) /
            (options.itemsPerOperator ?? 60),
        ),
      ),
    },
    (_, i) => makeOperator(i, r),
  );
  const benign = Array.from(
    { length: Math.max(1, Math.round((size * (options.benignShare ?? 0.1)) / 5)) },
    () => {
      const pack = r.pick(LANGUAGE_PACKS);
      return {
        pack,
        text: noiseText(pack, r, 15 + r.int(15)),
        phone: phoneFor(pack.country, r),
        platform: r.pick(PLATFORMS),
      };
    },
  );
  for (let n = 0; n < size; n++) {
    const roll = r.next();
    const selectors: { type: string; value: string }[] = [];
    const images: string[] = [];
    let record: CorpusRecord;
    if (roll < (options.noiseShare ?? 0.4)) {
      const pack = r.pick(LANGUAGE_PACKS);
      if (r.chance(0.3)) selectors.push({ type: 'phone', value: phoneFor(pack.country, r) });
      if (r.chance(0.3)) images.push(hex64(r));
      const platform = r.pick(PLATFORMS);
      record = {
        line: {
          id: `i${n}`,
          text: noiseText(pack, r, 8 + r.int(25)),
          url: `https://${platform}/ad/${n}`,
          platform,
          country: pack.country,
          lang: pack.lang,
          score: r.int(25),
          selectors,
          image_hashes: images,
        },
        template: null,
        network: null,
        lure: null,
      };
    } else if (roll < (options.noiseShare ?? 0.4) + (options.benignShare ?? 0.1)) {
      const g = r.int(benign.length);
      const b = benign[g] as (typeof benign)[number];
      selectors.push({ type: 'phone', value: b.phone });
      const text = r.chance(0.3) ? typo(b.text, r) : b.text;
      record = {
        line: {
          id: `i${n}`,
          text,
          url: `https://${b.platform}/ad/${n}`,
          platform: b.platform,
          country: b.pack.country,
          lang: b.pack.lang,
          score: r.int(25),
          selectors,
          image_hashes: images,
        },
        template: `b${g}`,
        network: `b${g}`,
        lure: `b${g}`,
      };
    } else {
      const op = r.pick(operators);
      const l = r.int(op.lures.length);
      const pack = r.pick(op.langs);
      const { text, phone, hasHandle } = lureText(op, op.lures[l] as Lure, pack, r);
      selectors.push({ type: 'phone', value: phone });
      if (hasHandle) selectors.push({ type: 'handle', value: `telegram:${op.handle}` });
      if (r.chance(0.6)) images.push(flipBits(r.pick(op.images), r, r.int(3)));
      const platform = r.pick(op.platforms);
      record = {
        line: {
          id: `i${n}`,
          text,
          url: `https://${platform}/ad/${n}`,
          platform,
          country: pack.country,
          lang: pack.lang,
          score: 40 + r.int(56),
          selectors,
          image_hashes: images,
        },
        template: `o${op.id}-l${l}-${pack.lang}`,
        network: `o${op.id}`,
        lure: `o${op.id}-l${l}`,
      };
    }
    if (r.chance(0.01)) selectors.push({ type: 'phone', value: r.pick(HUB_PHONES) });
    if (r.chance(0.02)) selectors.push({ type: 'email', value: HUB_EMAIL });
    if (r.chance(0.02)) images.push(HUB_IMAGE);
    yield record;
  }
}
