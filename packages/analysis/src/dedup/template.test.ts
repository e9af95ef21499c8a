import { describe, expect, it } from 'vitest';
import { alignTokens } from './align.ts';
import { displayTokens } from './display-tokens.ts';
import { buildTemplate } from './template.ts';

describe('alignTokens', () => {
  it('matches the longest common subsequence', () => {
    const match = alignTokens([1, 2, 3, 4, 5], [1, 9, 3, 4, 8, 5]);
    expect([...(match ?? [])]).toEqual([0, -1, 2, 3, 5]);
    expect([...(alignTokens([], [1]) ?? [])]).toEqual([]);
    expect(alignTokens([1, 2, 3], [4, 5, 6], 2)).toBeNull();
  });
});

describe('displayTokens', () => {
  it('keeps spelling, emoji sequences and line breaks', () => {
    const tokens = displayTokens('Hi 👋🏽!\nCall +48 123 456 789');
    expect(tokens.map((t) => t.text)).toEqual(['Hi', '👋🏽', '!', 'Call', '+48 123 456 789']);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'emoji', 'punct', 'word', 'number']);
    expect(tokens[3]?.space).toBe(2);
  });
});

describe('buildTemplate', () => {
  const names = ['Anna', 'Maria', 'Kasia', 'Olena'];
  const cities = ['Berlin', 'Warsaw', 'Vienna', 'Prague'];

  it('writes a readable English template with labelled slots', () => {
    const texts = names.map(
      (name, i) =>
        `Hi, my name is ${name}, ${21 + i} years old, new in ${cities[i]}. 💋 Only ${100 + 50 * i} EUR per hour. Call +49 170 ${5550000 + i * 1111}`,
    );
    const template = buildTemplate(texts);
    expect(template.text).toBe(
      'Hi, my name is {name}, {age} years old, new in {city}. 💋 Only {price} EUR per hour. Call {phone}',
    );
    expect(template.slots.map((s) => s.label)).toEqual(['name', 'age', 'city', 'price', 'phone']);
    expect(template.slots[0]?.values.sort()).toEqual([...names].sort());
  });

  it('keeps Cyrillic, Greek and emoji as they were written', () => {
    const uk = ['Олена', 'Марія', 'Ірина'].map(
      (n, i) =>
        `Привіт! Мене звати ${n} 🌸 Робота в Польщі, ${2000 + i * 100} злотих на тиждень. Житло безкоштовно ✨`,
    );
    const ukTemplate = buildTemplate(uk);
    expect(ukTemplate.text).toBe(
      'Привіт! Мене звати {name} 🌸 Робота в Польщі, {number} злотих на тиждень. Житло безкоштовно ✨',
    );
    const el = ['Ελένη', 'Μαρία', 'Σοφία'].map(
      (n, i) => `Γεια σας, είμαι η ${n}, ${22 + i} ετών, στην Αθήνα 💋`,
    );
    expect(buildTemplate(el).text).toBe('Γεια σας, είμαι η {name}, {age} ετών, στην Αθήνα 💋');
  });

  it('labels a city after "у місті", "w mieście", "в городе"', () => {
    const uk = ['Київ', 'Львів', 'Одеса'].map((c, i) => `Нова у місті ${c} 💫 пиши ${i}`);
    expect(buildTemplate(uk).text).toBe('Нова у місті {city} 💫 пиши {number}');
    const pl = ['Kraków', 'Gdańsk', 'Łódź'].map((c) => `Nowa w mieście ${c}, czekam 🌸`);
    expect(buildTemplate(pl).text).toBe('Nowa w mieście {city}, czekam 🌸');
    const ru = ['Киев', 'Львов', 'Одесса'].map((c) => `Новенькая в городе ${c} ✨`);
    expect(buildTemplate(ru).text).toBe('Новенькая в городе {city} ✨');
  });

  it('gives the parts in order for the cross-language linker', () => {
    const t = buildTemplate(['Hi Anna 💋 call 123', 'Hi Maria 💋 call 456']);
    expect(t.parts.map((p) => (p.kind === 'slot' ? `{${p.label}}` : p.text))).toEqual([
      'Hi',
      '{name}',
      '💋',
      'call',
      '{number}',
    ]);
  });

  it('shows a member unchanged when all members are identical, and marks insertions', () => {
    expect(buildTemplate(['same text 💋', 'same text 💋']).text).toBe('same text 💋');
    const texts = ['call me now', 'call me right now', 'call me please now', 'call me now'];
    const t = buildTemplate(texts);
    expect(t.text).toBe('call me {…} now');
    expect(t.slots[0]?.values.sort()).toEqual(['please', 'right']);
  });

  it('tolerates a typo in one member of a large group', () => {
    const texts = Array.from(
      { length: 10 },
      (_, i) => `Sweet girl ${names[i % 4]} waiting for you in ${cities[i % 4]}`,
    );
    texts[3] = 'Sweet gril Kasia waiting for you in Vienna';
    expect(buildTemplate(texts).text).toBe('Sweet girl {name} waiting for you in {city}');
  });

  it('survives empty, emoji-only and single-word groups', () => {
    expect(buildTemplate(['', '']).text).toBe('');
    expect(buildTemplate(['💋💋', '💋💋']).text).toBe('💋💋');
    expect(buildTemplate(['hello', 'Hello']).text).toBe('hello');
    expect(buildTemplate([]).text).toBe('');
  });
});
