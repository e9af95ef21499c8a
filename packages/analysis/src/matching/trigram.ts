/**
 * Trigram sets and similarity as PostgreSQL's pg_trgm computes them, so the in-memory scorer and
 * the database agree: each word (run of letters/digits) is lower-cased and padded with two spaces
 * in front and one behind; similarity is |A ∩ B| / |A ∪ B|.
 */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const padded = `  ${word} `;
    const chars = [...padded];
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return out;
}

export function trigramSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const ta = typeof a === 'string' ? trigrams(a) : a;
  const tb = typeof b === 'string' ? trigrams(b) : b;
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  const [small, large] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
  for (const t of small) if (large.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}
