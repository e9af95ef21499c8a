/**
 * A small in-process cache whose entries expire after `ttlMs`, for lookups that every request
 * repeats (session, operation, team membership). Staleness is bounded by the TTL for changes made
 * by other processes; changes made in this process invalidate at once.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: K, now = performance.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires > now) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: K, value: V, now = performance.now()): void {
    if (this.entries.size >= this.maxEntries) this.evictExpired(now);
    // Still full of live entries: drop the oldest rather than grow without bound.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, { value, expires: now + this.ttlMs });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** The cached value, or `load()` remembered for the TTL (failures and undefined are not cached). */
  async through(key: K, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = await load();
    if (value !== undefined) this.set(key, value);
    return value;
  }

  private evictExpired(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
  }
}

/** One cache per database handle, so that tests with separate databases never share entries. */
export function perDatabase<D extends object, K, V>(ttlMs: number): (database: D) => TtlCache<K, V> {
  const caches = new WeakMap<D, TtlCache<K, V>>();
  return (database) => {
    let cache = caches.get(database);
    if (!cache) {
      cache = new TtlCache<K, V>(ttlMs);
      caches.set(database, cache);
    }
    return cache;
  };
}
