import type { CapturedItem, ItemSink } from '@vigil/collect';
import type { Actor } from '../auth/actor.ts';
import type { ItemRow } from '../repositories/item.repository.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { crossCheckItems, type ItemInput, storeItem } from './item.service.ts';

export interface CollectedItemSinkOptions {
  actor: Actor;
  operationId: string;
  platformId?: string;
  ownerCountry: string;
  /** Region for phone numbers without a country code (the adapter's country). */
  country?: string;
}

/** The fields an investigator reads in the item's text, besides the free text itself. */
function itemText(item: CapturedItem): string {
  const extra = [
    item.author ? `Author: ${item.author}` : '',
    item.price ? `Price: ${item.price}` : '',
    item.location ? `Location: ${item.location}` : '',
    item.contact.length ? `Contact: ${item.contact.join(' ')}` : '',
  ].filter(Boolean);
  return extra.length ? `${item.text}\n${extra.join('\n')}` : item.text;
}

/**
 * Crawled and imported items into Vigil the same way the API stores them: `storeItem` analyses each
 * on arrival, writes selectors, an `item.created` event for the live feed and an audit row; then
 * the reference-set cross-check runs. A bad item is skipped (savepoint) without losing the others.
 */
export class CollectedItemSink implements ItemSink {
  readonly skipped: { url: string; reason: string }[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: CollectedItemSinkOptions,
  ) {}

  private readonly pending: {
    items: CapturedItem[];
    resolve: (fresh: CapturedItem[]) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private flushing: Promise<void> | undefined;

  /**
   * Group commit: pages that finish while a batch is being stored go together into the next
   * transaction, so concurrent pages share one commit and one cross-check.
   */
  write(items: CapturedItem[]): Promise<CapturedItem[]> {
    if (!items.length) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.pending.push({ items, resolve, reject });
      this.flush();
    });
  }

  private flush(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      while (this.pending.length) {
        const batch = this.pending.splice(0, 64);
        try {
          const fresh = await this.store(batch.flatMap((b) => b.items));
          for (const b of batch) b.resolve(b.items.filter((i) => fresh.has(i)));
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
    })().finally(() => {
      this.flushing = undefined;
      if (this.pending.length) this.flush();
    });
  }

  private async store(items: CapturedItem[]): Promise<Set<CapturedItem>> {
    const o = this.options;
    const fresh = new Set<CapturedItem>();
    const rows: ItemRow[] = [];
    await inTransaction(this.ctx, async (tx) => {
      for (const item of items) {
        const input: ItemInput = {
          text: itemText(item),
          title: item.title,
          url: item.url,
          platformId: o.platformId ?? null,
          capturedAt: item.capturedAt,
          postedAt: item.postedAt ?? null,
          images: item.imageHashes.length ? item.imageHashes : item.images,
          ownerCountry: o.ownerCountry,
          evidenceId: item.evidenceId,
          ...(item.externalId ? { externalId: item.externalId } : {}),
          ...(o.country ? { country: o.country } : {}),
        };
        try {
          const row = await tx.transaction((inner) => storeItem(inner, o.actor, o.operationId, input));
          if (row) {
            rows.push(row);
            fresh.add(item);
          }
        } catch (error) {
          this.skipped.push({ url: item.url, reason: (error as Error).message });
        }
      }
    });
    await crossCheckItems(this.ctx, rows);
    return fresh;
  }
}
