import { describe, expect, it } from 'vitest';
import type { ClusterItem } from './cluster-types.ts';
import { clusterItems } from './clusterer.ts';
import { nameKey, sequenceSimilarity, translationKeys } from './translation-keys.ts';

const PHONE = '+380671234567';
const HANDLE = { type: 'handle', value: 'telegram:angel_ola82' };

/** One lure, as its operator writes it in each language; {n} name, {a} age. */
const LURE: Record<string, { text: string; names: string[] }> = {
  uk: {
    text: 'Привіт, я {n}, мені {a} років 🌸. Нова у місті Київ, лише на кілька днів. Від 90 грн 💋. Пиши мені +38 067 123 4567, Telegram @angel_ola82',
    names: ['Олена', 'Марія', 'Ірина', 'Оксана'],
  },
  ru: {
    text: 'Привет, я {n}, мне {a} лет 🌸. Новенькая в городе Киев, только на несколько дней. От 90 грн 💋. Пиши мне +38 067 123 4567, Telegram @angel_ola82',
    names: ['Елена', 'Мария', 'Ирина', 'Оксана'],
  },
  en: {
    text: 'Hi, I am {n}, {a} years old 🌸. New in Kyiv, for a few days only. From 90 EUR 💋. Write to me at +38 067 123 4567, Telegram @angel_ola82',
    names: ['Anna', 'Maria', 'Sophie', 'Emily'],
  },
  pl: {
    text: 'Cześć, jestem {n}, mam {a} lat 🌸. Nowa w mieście Kijów, tylko na kilka dni. Od 90 zł 💋. Napisz do mnie +38 067 123 4567, Telegram @angel_ola82',
    names: ['Kasia', 'Ania', 'Magda', 'Ola'],
  },
};

/** Another lure of the same operator (same phone and handle): other emoji, other structure. */
const OTHER_LURE_RU =
  'Работа для молодых женщин за границей 🔥! Виза и документы оформлены! Опыт не нужен ✈️! Звони или WhatsApp +38 067 123 4567! Telegram @angel_ola82';

function copies(lang: string, selectors: ClusterItem['selectors'], prefix = lang): ClusterItem[] {
  const lure = LURE[lang] as { text: string; names: string[] };
  return lure.names.map((name, i) => ({
    id: `${prefix}-${i}`,
    text: lure.text.replace('{n}', name).replace('{a}', String(21 + i)),
    lang,
    selectors,
  }));
}

const strong = [{ type: 'phone', value: PHONE }, HANDLE];

describe('cross-language groups', () => {
  it('puts the Ukrainian and Russian versions of one lure in one lure group', () => {
    const result = clusterItems([...copies('uk', strong), ...copies('ru', strong)]);
    const templates = result.groups.filter((g) => g.kind === 'template');
    expect(templates).toHaveLength(2);
    const lures = result.groups.filter((g) => g.kind === 'lure');
    expect(lures).toHaveLength(1);
    expect(lures[0]?.languages).toEqual(['ru', 'uk']);
    expect(lures[0]?.size).toBe(8);
    expect(lures[0]?.templates?.sort()).toEqual(templates.map((t) => t.id).sort());
    expect(result.stats.translationLinks).toBe(1);
  });

  it('links English and Polish versions too, across Latin spellings of the city', () => {
    const result = clusterItems([...copies('en', strong), ...copies('pl', strong)]);
    expect(result.groups.filter((g) => g.kind === 'lure').map((g) => g.languages)).toEqual([['en', 'pl']]);
  });

  it('keeps two different lures of one operator apart although phone and handle agree', () => {
    const other = OTHER_LURE_RU;
    const items = [
      ...copies('uk', strong),
      ...['Елена', 'Мария', 'Ирина'].map((_, i) => ({
        id: `other-${i}`,
        text: i === 0 ? other : `${other} ${'✨'.repeat(i)}`,
        lang: 'ru',
        selectors: strong,
      })),
    ];
    const result = clusterItems(items);
    expect(result.groups.filter((g) => g.kind === 'template')).toHaveLength(2);
    expect(result.groups.filter((g) => g.kind === 'lure')).toHaveLength(0);
    expect(result.stats.translationCandidates).toBe(1);
    // The network still holds both: they share the operator's phone.
    expect(result.groups.filter((g) => g.kind === 'network')).toHaveLength(1);
  });

  it('never links on weak values alone (same city, price and structure, no shared strong selector)', () => {
    const result = clusterItems([
      ...copies('uk', [{ type: 'phone', value: '+380670000001' }]),
      ...copies('ru', [{ type: 'phone', value: '+380670000002' }]),
    ]);
    expect(result.groups.filter((g) => g.kind === 'lure')).toHaveLength(0);
    expect(result.stats.translationCandidates).toBe(0);
  });

  it('does not pair template groups of one language', () => {
    const result = clusterItems([
      ...copies('uk', strong),
      ...copies('uk', strong, 'again').map((i) => ({ ...i, text: `${i.text} 🔥🔥` })),
    ]);
    expect(result.groups.filter((g) => g.kind === 'lure')).toHaveLength(0);
  });

  it('can be turned off', () => {
    const result = clusterItems([...copies('uk', strong), ...copies('ru', strong)], {
      translationSimilarity: 2,
    });
    expect(result.groups.filter((g) => g.kind === 'lure')).toHaveLength(0);
  });
});

describe('translation keys', () => {
  it('reduces a city to one key in Latin, Cyrillic and Greek spellings', () => {
    const kyiv = ['Kyiv', 'Київ', 'Киев', 'Kijów', 'Kiew', 'Κίεβο'].map(nameKey);
    expect(new Set(kyiv)).toEqual(new Set(['kv']));
    expect(nameKey('Одесса')).toBe(nameKey('Odesa'));
    expect(nameKey('Харків')).toBe(nameKey('Kharkov'));
    expect(nameKey('Berlin')).not.toBe(nameKey('London'));
  });

  it('keeps slots, emoji, numbers, handles and names, and drops translated words', () => {
    const parts = [
      { kind: 'word', text: 'Hi', space: 0 },
      { kind: 'slot', label: 'name', numeric: false },
      { kind: 'emoji', text: '🌸', space: 1 },
      { kind: 'word', text: 'in', space: 1 },
      { kind: 'word', text: 'Kyiv', space: 1 },
      { kind: 'number', text: '90', space: 1 },
      { kind: 'punct', text: '@', space: 1 },
      { kind: 'word', text: 'angel', space: 0 },
    ] as const;
    const keys = translationKeys(parts);
    expect(keys).toHaveLength(5);
    const translated = translationKeys([
      { kind: 'word', text: 'Привіт', space: 0 },
      { kind: 'slot', label: 'name', numeric: false },
      { kind: 'emoji', text: '🌸', space: 1 },
      { kind: 'word', text: 'у', space: 1 },
      { kind: 'word', text: 'Київ', space: 1 },
      { kind: 'number', text: '90', space: 1 },
      { kind: 'punct', text: '@', space: 1 },
      { kind: 'word', text: 'angel', space: 0 },
    ]);
    expect(sequenceSimilarity(keys, translated)).toBe(1);
    const otherEmoji = translationKeys(parts.map((p) => (p.kind === 'emoji' ? { ...p, text: '🔥' } : p)));
    expect(sequenceSimilarity(keys, otherEmoji)).toBeLessThan(0.8);
  });
});
