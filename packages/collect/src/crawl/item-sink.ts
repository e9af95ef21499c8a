import { appendFile, readFile, truncate } from 'node:fs/promises';
import type { ItemAnalysis } from '@vigil/analysis';
import type { ExtractedItem } from '../adapters/extract-types.ts';
import { sha256Hex } from '../evidence/digest.ts';
import { canonicalJson } from '../evidence/evidence-index.ts';

/** An item ready to store: what the page said, where its evidence is, what analysis made of it. */
export interface CapturedItem extends ExtractedItem {
  contentHash: string;
  /** Evidence row (WARC capture) the item was read from. */
  evidenceId: string;
  evidenceSha256: string;
  /** SHA-256 of images captured for the item (stored once each in the evidence store). */
  imageHashes: string[];
  capturedAt: string;
  platform?: string;
  analysis?: ItemAnalysis;
}

/** Same content at the same URL gives the same hash: the key for idempotent storage. */
export function itemContentHash(item: ExtractedItem): string {
  const { url, title, text, author, postedAt, price, location, images, contact } = item;
  return sha256Hex(canonicalJson({ url, title, text, author, postedAt, price, location, images, contact }));
}

/** Where captured items go: the items table, a JSONL file, or memory in tests. */
export interface ItemSink {
  /** Stores items not stored before (by content hash); returns the ones that were new. */
  write(items: CapturedItem[]): Promise<CapturedItem[]>;
}

export class MemoryItemSink implements ItemSink {
  readonly items = new Map<string, CapturedItem>();
  async write(items: CapturedItem[]) {
    const fresh = items.filter((i) => !this.items.has(i.contentHash));
    for (const i of fresh) this.items.set(i.contentHash, i);
    return fresh;
  }
}

/** Appends new items to a JSONL file (the CLI's offline output), deduplicated by content hash. */
export class JsonlItemSink implements ItemSink {
  private readonly seen = new Set<string>();
  constructor(
    private readonly path: string,
    known: Iterable<string> = [],
  ) {
    for (const h of known) this.seen.add(h);
  }
  /** Open an existing file: a line cut short by a kill is removed, known hashes are loaded. */
  static async open(path: string): Promise<JsonlItemSink> {
    const text = await readFile(path, 'utf8').catch(() => '');
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);
    if (complete.length !== text.length) await truncate(path, Buffer.byteLength(complete));
    const hashes: string[] = [];
    for (const line of complete.split('\n'))
      if (line)
        try {
          hashes.push((JSON.parse(line) as CapturedItem).contentHash);
        } catch {
          // a damaged line is left for the investigator to see; it just is not a known hash
        }
    return new JsonlItemSink(path, hashes);
  }

  async write(items: CapturedItem[]) {
    const fresh = items.filter((i) => !this.seen.has(i.contentHash));
    for (const i of fresh) this.seen.add(i.contentHash);
    if (fresh.length) await appendFile(this.path, fresh.map((i) => `${JSON.stringify(i)}\n`).join(''));
    return fresh;
  }
}
