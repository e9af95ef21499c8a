import type { TemplatePart } from '../dedup/template.ts';
import type { ItemStore } from './item-store.ts';
import type { SelectorIndex } from './selector-index.ts';
import { sequenceSimilarity, translationKeys } from './translation-keys.ts';
import { UnionFind } from './union-find.ts';

/** A template group as the translation linker sees it. */
export interface TranslationUnit {
  members: number[];
  parts: readonly TemplatePart[];
}

export interface TranslationOptions {
  /** Dice similarity of the translation-invariant key sequences needed to link (default 0.8). */
  minSimilarity: number;
  /** A selector shared by more template groups than this proposes no pairs (it is too common). */
  maxUnitsPerSelector: number;
}

export interface TranslationResult {
  /** Groups of unit indices (at least two units, at least two languages), larger first. */
  groups: number[][];
  /** Candidate pairs of template groups in different languages that shared a strong selector. */
  candidates: number;
  /** Pairs linked. */
  links: number;
}

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;

/** Language of a group: its members' most common language label, else the script of its words. */
function unitLanguage(store: ItemStore, unit: TranslationUnit): string {
  const counts = new Map<number, number>();
  for (const m of unit.members) {
    const label = store.lang.data[m] as number;
    if (label !== 0) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [label, count] of counts) {
    if (count > bestCount) {
      best = label;
      bestCount = count;
    }
  }
  if (best !== 0) return store.labels.values[best] as string;
  const words = unit.parts.flatMap((p) => (p.kind === 'word' ? [p.text] : [])).join(' ');
  const scripts = [
    ['script:cyrillic', CYRILLIC],
    ['script:greek', GREEK],
    ['script:latin', LATIN],
  ] as const;
  return scripts.find(([, re]) => re.test(words))?.[0] ?? 'script:other';
}

/**
 * Cross-language groups: template groups in different languages that are the same lure
 * translated. Two groups are linked only when they share a strong, non-hub selector (a phone,
 * handle, e-mail, wallet, IBAN or image) AND what survives translation agrees: the order of
 * slots, emoji, fixed numbers such as prices and phone numbers, handles, sentence punctuation and
 * proper names such as cities after transliteration (see translation-keys.ts). Weak values alone
 * (a city, a price, a first name) never link: a pair is only proposed by a shared strong selector.
 * The structure test is what keeps two different lures of one operator (same phone, same handle)
 * apart.
 */
export function linkTranslations(
  store: ItemStore,
  index: SelectorIndex,
  isHub: Uint8Array,
  units: readonly TranslationUnit[],
  options: TranslationOptions,
): TranslationResult {
  const unitOf = new Int32Array(store.size).fill(-1);
  units.forEach((unit, u) => {
    for (const m of unit.members) unitOf[m] = u;
  });
  const languages = units.map((unit) => unitLanguage(store, unit));
  const keys: (Uint32Array | undefined)[] = new Array(units.length);
  const keysOf = (u: number) => {
    let k = keys[u];
    if (!k) {
      k = translationKeys((units[u] as TranslationUnit).parts);
      keys[u] = k;
    }
    return k;
  };
  const seen = new Int32Array(units.length).fill(-1);
  const tried = new Set<number>();
  const uf = new UnionFind(units.length);
  uf.ensure(units.length);
  const found: number[] = [];
  let links = 0;
  const selectorCount = store.selectors.count;
  for (let sid = 0; sid < selectorCount; sid++) {
    if (isHub[sid] || index.count(sid) < 2 || !store.isStrong(sid)) continue;
    found.length = 0;
    for (let k = index.starts[sid] as number; k < (index.starts[sid + 1] as number); k++) {
      const u = unitOf[index.items[k] as number] as number;
      if (u < 0 || seen[u] === sid) continue;
      seen[u] = sid;
      found.push(u);
      if (found.length > options.maxUnitsPerSelector) break;
    }
    if (found.length < 2 || found.length > options.maxUnitsPerSelector) continue;
    for (let x = 0; x < found.length; x++) {
      for (let y = x + 1; y < found.length; y++) {
        const a = Math.min(found[x] as number, found[y] as number);
        const b = Math.max(found[x] as number, found[y] as number);
        if (languages[a] === languages[b]) continue;
        const pair = a * units.length + b;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (uf.find(a) === uf.find(b)) continue;
        const sim = sequenceSimilarity(keysOf(a), keysOf(b));
        if (sim >= options.minSimilarity && uf.union(a, b)) links++;
      }
    }
  }
  const groups = uf.groups(2).filter((group) => new Set(group.map((u) => languages[u])).size >= 2);
  return { groups, candidates: tried.size, links };
}
