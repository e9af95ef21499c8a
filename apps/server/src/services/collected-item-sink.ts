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
 * the reference-set cross-check runs. One page's items share a transaction; a bad item is skipped
 * (savepoint) without losing the others.
 */
export class CollectedItemSink implements ItemSink {
  readonly skipped: { url: string; reason: string }[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: CollectedItemSinkOptions,
  ) {}

  async write(items: CapturedItem[]): Promise<CapturedItem[]> {
    if (!items.length) return [];
    const o = this.options;
    const fresh: CapturedItem[] = [];
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
            fresh.push(item);
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
