import { STRONG_SELECTOR_TYPES } from '@vigil/model';
import { GrowableU32 } from '../dedup/growable.ts';
import type { ClusterItem } from './cluster-types.ts';

const STRONG = new Set<string>(STRONG_SELECTOR_TYPES);

/** Strings to small integers, so a million items share one copy of each platform or selector. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/**
 * Selector values to small integers, one map per selector type (no "type:value" key string is
 * built per lookup), with each id's type and strength kept for the linking loops.
 */
export class SelectorDictionary {
  private readonly byType = new Map<string, Map<string, number>>();
  private readonly types: string[] = [];
  private readonly values: string[] = [];
  private readonly strong = new GrowableU32();

  get count(): number {
    return this.values.length;
  }

  id(type: string, value: string): number {
    let map = this.byType.get(type);
    if (!map) {
      map = new Map();
      this.byType.set(type, map);
    }
    let id = map.get(value);
    if (id === undefined) {
      id = this.values.length;
      map.set(value, id);
      this.types.push(type);
      this.values.push(value);
      this.strong.push(STRONG.has(type) ? 1 : 0);
    }
    return id;
  }

  type(sid: number): string {
    return this.types[sid] as string;
  }

  value(sid: number): string {
    return this.values[sid] as string;
  }

  isStrong(sid: number): boolean {
    return this.strong.data[sid] === 1;
  }
}

/**
 * Texts as UTF-8 in one growing byte buffer instead of a million strings on the heap: the
 * garbage collector copied every retained text between generations, which cost more than
 * encoding it once. A text is decoded again only when a template needs it.
 */
export class TextPool {
  private bytes = new Uint8Array(1 << 20);
  private used = 0;
  private readonly starts = new GrowableU32();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  constructor() {
    this.starts.push(0);
  }

  add(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const need = this.used + text.length * 3;
    if (need > this.bytes.length) {
      let cap = this.bytes.length;
      while (cap < need) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.bytes.subarray(0, this.used));
      this.bytes = next;
    }
    this.used += this.encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    this.starts.push(this.used);
  }

  get(i: number): string {
    const from = this.starts.data[i];
    const to = this.starts.data[i + 1];
    if (from === undefined || to === undefined || i >= this.starts.length - 1) return '';
    return this.decoder.decode(this.bytes.subarray(from, to));
  }
}

/**
 * Columnar storage of the items being clustered: ids as strings, texts in a {@link TextPool},
 * everything else as interned integers in typed arrays. Items repeating an id already seen are
 * dropped (and counted).
 */
export class ItemStore {
  readonly ids: string[] = [];
  readonly texts = new TextPool();
  readonly platform = new GrowableU32();
  readonly country = new GrowableU32();
  readonly lang = new GrowableU32();
  /** Score as fixed point (score * 100 + 1; 0 = unknown). */
  readonly score = new GrowableU32();
  /** Per item selector ids, CSR: selectorIds[selectorStarts[i] .. selectorStarts[i+1]). */
  readonly selectorIds = new GrowableU32();
  readonly selectorStarts = new GrowableU32();
  readonly images = new GrowableU32();
  readonly imageStarts = new GrowableU32();
  readonly labels = new Interner();
  readonly selectors = new SelectorDictionary();
  readonly imageHashes = new Interner();
  private readonly seen = new Set<string>();
  duplicateIds = 0;

  constructor() {
    this.selectorStarts.push(0);
    this.imageStarts.push(0);
    this.labels.id(''); // label 0: unknown
  }

  get size(): number {
    return this.ids.length;
  }

  /**
   * Add an item; returns its index, or -1 if its id was seen before or is missing. The text to
   * cluster (title and text) is handed to `onText` before it is packed away.
   */
  add(item: ClusterItem, onText?: (text: string) => void): number {
    const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : '';
    if (id === '' || this.seen.has(id)) {
      this.duplicateIds++;
      return -1;
    }
    this.seen.add(id);
    const index = this.ids.length;
    this.ids.push(id);
    const title = typeof item.title === 'string' ? item.title : '';
    const text = typeof item.text === 'string' ? item.text : '';
    const full = title && text ? `${title}\n${text}` : title || text;
    this.texts.add(full);
    onText?.(full);
    this.platform.push(this.label(item.platform));
    this.country.push(this.label(item.country?.toUpperCase?.()));
    this.lang.push(this.label(item.lang));
    const score = typeof item.score === 'number' && Number.isFinite(item.score) ? item.score : -1;
    this.score.push(score < 0 ? 0 : Math.round(Math.min(score, 1e6) * 100) + 1);
    this.addSelectors(item);
    this.addImages(item);
    return index;
  }

  private label(value: unknown): number {
    return typeof value === 'string' && value !== '' ? this.labels.id(value) : 0;
  }

  private addSelectors(item: ClusterItem): void {
    const before = this.selectorIds.length;
    if (Array.isArray(item.selectors)) {
      for (const s of item.selectors) {
        if (!s || typeof s.type !== 'string' || typeof s.value !== 'string' || s.value === '') continue;
        const sid = this.selectors.id(s.type, s.value);
        if (!this.hasSince(this.selectorIds, before, sid)) this.selectorIds.push(sid);
      }
    }
    this.selectorStarts.push(this.selectorIds.length);
  }

  private addImages(item: ClusterItem): void {
    const before = this.images.length;
    if (Array.isArray(item.imageHashes)) {
      for (const h of item.imageHashes) {
        const hash = typeof h === 'string' ? imageHashKey(h) : null;
        if (hash === null) continue;
        const iid = this.imageHashes.id(hash);
        if (!this.hasSince(this.images, before, iid)) this.images.push(iid);
      }
    }
    this.imageStarts.push(this.images.length);
  }

  private hasSince(list: GrowableU32, from: number, value: number): boolean {
    for (let k = from; k < list.length; k++) if (list.data[k] === value) return true;
    return false;
  }

  /** Score of item i, or undefined when unknown. */
  scoreOf(i: number): number | undefined {
    const v = this.score.data[i] as number;
    return v === 0 ? undefined : (v - 1) / 100;
  }

  selectorType(sid: number): string {
    return this.selectors.type(sid);
  }

  selectorValue(sid: number): string {
    return this.selectors.value(sid);
  }

  isStrong(sid: number): boolean {
    return this.selectors.isStrong(sid);
  }
}

/** 16 hex digits in lower case, or null: a fast check, since every image of every item passes here. */
function imageHashKey(value: string): string | null {
  const h = value.length === 16 ? value : value.trim();
  if (h.length !== 16) return null;
  let upper = false;
  for (let i = 0; i < 16; i++) {
    const c = h.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) continue;
    if (c >= 65 && c <= 70) upper = true;
    else return null;
  }
  return upper ? h.toLowerCase() : h;
}
