import { handleKeys, nameVariants } from './fuzzy-normalize.ts';
import { DEFAULT_FUZZY_THRESHOLD, type FuzzyScore, handleScore, nameScore } from './fuzzy-score.ts';
import { trigrams } from './trigram.ts';

export type FuzzyKind = 'name' | 'username';

export interface FuzzyHit<T> {
  entry: T;
  score: number;
  via: FuzzyScore['via'];
}

/** How many candidates (by shared trigrams) get a full score; bounds the work per query. */
const MAX_CANDIDATES = 64;

/**
 * In-memory fuzzy lookup of names or usernames: an inverted trigram index over every Latin
 * variant narrows the candidates, then the full scorer ranks them. Used offline (`vigil match`)
 * and on databases without pg_trgm.
 */
export class FuzzyIndex<T> {
  private readonly entries: { value: string; entry: T }[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(readonly kind: FuzzyKind) {}

  get size(): number {
    return this.entries.length;
  }

  add(value: string, entry: T): void {
    const id = this.entries.length;
    this.entries.push({ value, entry });
    for (const gram of this.keyTrigrams(value)) {
      const list = this.postings.get(gram);
      if (list) list.push(id);
      else this.postings.set(gram, [id]);
    }
  }

  search(value: string, threshold = DEFAULT_FUZZY_THRESHOLD): FuzzyHit<T>[] {
    const shared = new Map<number, number>();
    for (const gram of this.keyTrigrams(value)) {
      for (const id of this.postings.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const candidates = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    const hits: FuzzyHit<T>[] = [];
    for (const [id] of candidates) {
      const { value: stored, entry } = this.entries[id]!;
      const s = this.kind === 'name' ? nameScore(value, stored) : handleScore(value, stored);
      if (s.score >= threshold) hits.push({ entry, score: s.score, via: s.via });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  private keyTrigrams(value: string): Set<string> {
    const keys = this.kind === 'name' ? nameVariants(value) : Object.values(handleKeys(value)).flat();
    const out = new Set<string>();
    for (const key of keys) for (const gram of trigrams(key)) out.add(gram);
    return out;
  }
}
