import { alignTokens } from './align.ts';
import { type DisplayToken, displayTokens } from './display-tokens.ts';
import * as sh from './shingles.ts';
import { labelSlot, type SlotLabel } from './slot-label.ts';

const jaccard = sh.jaccard;
const sortUnique = sh.sortUnique;

/** A slot of a template: where members differ, with the values they put there. */
export interface TemplateSlot {
  label: SlotLabel;
  /** Distinct values seen in the slot, most frequent first (at most 10). */
  values: string[];
}

/**
 * One piece of a rendered template, in order: a fixed token of the medoid, or a slot. The
 * cross-language linker reads these (emoji, numbers, proper names, slot kinds survive translation).
 */
export type TemplatePart =
  | { kind: 'word' | 'number' | 'emoji' | 'punct'; text: string; space: 0 | 1 | 2 }
  | { kind: 'slot'; label: SlotLabel; numeric: boolean };

export interface Template {
  /** Readable template, e.g. "Hi, I am {name}, {age} years, new in {city}. Call {phone}". */
  text: string;
  slots: TemplateSlot[];
  parts: TemplatePart[];
  /** Index (into the given texts) of the member the template was built on. */
  medoid: number;
}

export interface TemplateOptions {
  /** Members aligned at most; larger groups are sampled evenly. */
  maxMembers?: number;
  /** Tokens per member considered. */
  maxTokens?: number;
  /** Share of members that must differ at a position for it to become a slot. */
  slotShare?: number;
}

interface Aligned {
  /** Per medoid position: how many members have a different value there (or none). */
  differs: Int32Array;
  /** Per medoid gap (before position p; p = length is the end): members inserting tokens there. */
  inserts: Int32Array;
  /** Values members put at each differing position / gap, keyed by position. */
  values: Map<number, string[]>;
  gapValues: Map<number, string[]>;
}

function sample<T>(items: T[], max: number): number[] {
  if (items.length <= max) return items.map((_, i) => i);
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => Math.floor(i * step));
}

function keySet(tokens: DisplayToken[]): Uint32Array {
  const keys = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) keys[i] = (tokens[i] as DisplayToken).key;
  return keys.subarray(0, sortUnique(keys, keys.length));
}

/** The member most similar to all others (sum of token-set Jaccard similarities). */
function medoidOf(tokenLists: DisplayToken[][]): number {
  const sets = tokenLists.map(keySet);
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < sets.length; i++) {
    let score = 0;
    const a = sets[i] as Uint32Array;
    for (let j = 0; j < sets.length; j++) {
      if (i === j) continue;
      const b = sets[j] as Uint32Array;
      score += jaccard(a, 0, a.length, b, 0, b.length);
    }
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

function push(map: Map<number, string[]>, key: number, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function joinTokens(tokens: DisplayToken[]): string {
  return tokens.map((t, i) => (i > 0 && t.space ? ' ' : '') + t.text).join('');
}

function alignAll(medoid: DisplayToken[], others: DisplayToken[][]): Aligned {
  const n = medoid.length;
  const out: Aligned = {
    differs: new Int32Array(n),
    inserts: new Int32Array(n + 1),
    values: new Map(),
    gapValues: new Map(),
  };
  const medoidKeys = medoid.map((t) => t.key);
  for (const member of others) {
    const match =
      alignTokens(
        medoidKeys,
        member.map((t) => t.key),
      ) ?? new Int32Array(n).fill(-1);
    let nextFree = 0;
    let runStart = -1;
    for (let p = 0; p <= n; p++) {
      const q = p < n ? (match[p] as number) : member.length;
      if (q < 0) {
        out.differs[p] = (out.differs[p] as number) + 1;
        if (runStart < 0) runStart = p;
        continue;
      }
      const inserted = joinTokens(member.slice(nextFree, q));
      if (runStart >= 0) {
        // Medoid tokens replaced by member tokens: a substitution, valued at the run's start.
        push(out.values, runStart, inserted);
        runStart = -1;
      } else if (q > nextFree) {
        out.inserts[p] = (out.inserts[p] as number) + 1;
        push(out.gapValues, p, inserted);
      }
      if (p === n) break;
      const mine = medoid[p] as DisplayToken;
      const theirs = member[q] as DisplayToken;
      if (mine.text !== theirs.text && mine.text.toLowerCase() !== theirs.text.toLowerCase()) {
        out.differs[p] = (out.differs[p] as number) + 1;
        push(out.values, p, theirs.text);
      }
      nextFree = q + 1;
    }
  }
  return out;
}

function topValues(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v.trim()) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([v]) => v);
}

/**
 * The shared template of a group of near-duplicate texts, in the spirit of InfoShield: align
 * every (sampled) member to the medoid with a token diff; positions where enough members differ
 * become slots, labelled `{name}`, `{age}`, `{city}`, `{phone}`, `{price}`, `{number}` or `{…}`.
 * Works on any script and keeps emoji, because tokens are Unicode words, numbers and emoji.
 */
export function buildTemplate(texts: string[], options: TemplateOptions = {}): Template {
  const picked = sample(texts, options.maxMembers ?? 6);
  const tokenLists = picked.map((i) => displayTokens(texts[i] ?? '', options.maxTokens ?? 400));
  const m = medoidOf(tokenLists);
  const medoid = tokenLists[m] ?? [];
  const others = tokenLists.filter((_, i) => i !== m);
  const aligned = alignAll(medoid, others);
  const need = Math.max(1, Math.ceil(others.length * (options.slotShare ?? 0.25)));
  const isSlot = (p: number) => (aligned.differs[p] as number) >= need;
  return render(medoid, aligned, isSlot, need, picked[m] ?? 0);
}

function render(
  medoid: DisplayToken[],
  aligned: Aligned,
  isSlot: (p: number) => boolean,
  need: number,
  medoidIndex: number,
): Template {
  let text = '';
  const slots: TemplateSlot[] = [];
  const parts: TemplatePart[] = [];
  const sep = (t: DisplayToken | undefined) =>
    !t || text === '' ? '' : t.space === 2 ? '\n' : t.space ? ' ' : '';
  const addSlot = (label: SlotLabel, values: string[], space: string, numeric: boolean) => {
    const prev = slots[slots.length - 1];
    if (prev && prev.label === label && text.endsWith(`{${label}}`)) {
      prev.values = topValues([...prev.values, ...values]);
      return;
    }
    text += `${space}{${label}}`;
    slots.push({ label, values: topValues(values) });
    parts.push({ kind: 'slot', label, numeric });
  };
  let p = 0;
  while (p <= medoid.length) {
    if ((aligned.inserts[p] as number) >= need && !isSlot(p) && !(p > 0 && isSlot(p - 1))) {
      const values = aligned.gapValues.get(p) ?? [];
      addSlot(labelSlot(values, 'word', medoid.slice(0, p), medoid.slice(p)), values, ' ', false);
    }
    if (p === medoid.length) break;
    const token = medoid[p] as DisplayToken;
    if (!isSlot(p)) {
      text += sep(token) + token.text;
      parts.push({ kind: token.kind, text: token.text, space: token.space });
      p++;
      continue;
    }
    // A run of differing positions of one kind (words or numbers) becomes one slot.
    const numeric = token.kind === 'number';
    let end = p;
    while (
      end < medoid.length &&
      isSlot(end) &&
      ((medoid[end] as DisplayToken).kind === 'number') === numeric
    )
      end++;
    const run = medoid.slice(p, end);
    const values = [joinTokens(run)];
    for (let q = p; q < end; q++) values.push(...(aligned.values.get(q) ?? []));
    const kind = numeric ? 'number' : run.every((t) => t.kind === 'emoji') ? 'emoji' : 'word';
    addSlot(
      labelSlot(values, kind, medoid.slice(Math.max(0, p - 3), p), medoid.slice(end, end + 3)),
      values,
      sep(token),
      numeric,
    );
    p = end;
  }
  return { text, slots, parts, medoid: medoidIndex };
}
