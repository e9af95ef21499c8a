/** Stable React keys from content, numbered on repeats (lists of reasons or errors may repeat). */
export function keyed<T>(list: readonly T[], toKey: (value: T) => string): { key: string; value: T }[] {
  const seen = new Map<string, number>();
  return list.map((value) => {
    const base = toKey(value);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { key: count === 0 ? base : `${base}#${count}`, value };
  });
}
