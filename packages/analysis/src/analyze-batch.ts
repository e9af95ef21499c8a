import { type AnalyzeOptions, extractItem, type ItemExtraction, scoreExtraction } from './analyze.ts';
import type { ItemAnalysis, ItemInput } from './types.ts';

export interface BatchOptions extends AnalyzeOptions {
  /**
   * Items held back before they are scored, so that "phone in many items" also counts items that
   * come after. Each item is scored with the counts of everything before it plus at least this
   * many items after it (all items when the input is shorter). Memory: O(window).
   */
  window?: number;
  /** Distinct phone numbers counted (memory bound); numbers first seen after that are not counted. */
  maxTrackedPhones?: number;
}

/**
 * Streaming batch analysis: push items, receive analyses in input order. Counts how many items
 * share each phone number across the batch and passes it to the score.
 */
export class BatchAnalyzer {
  /** Items waiting to be scored: pending[head..] (a queue without Array.shift's copying). */
  private pending: ItemExtraction[] = [];
  private head = 0;
  private readonly phoneItems = new Map<string, number>();
  private readonly window: number;
  private readonly maxTracked: number;

  constructor(private readonly options: BatchOptions = {}) {
    this.window = Math.max(0, options.window ?? 1000);
    this.maxTracked = options.maxTrackedPhones ?? 1_000_000;
  }

  /** Add an item; returns the analyses that are now final (possibly none). */
  push(item: ItemInput): ItemAnalysis[] {
    const x = extractItem(item, this.options);
    const seen = new Set<string>();
    for (const s of x.selectors) {
      if (s.type !== 'phone' || seen.has(s.value)) continue;
      seen.add(s.value);
      const n = this.phoneItems.get(s.value);
      if (n !== undefined) this.phoneItems.set(s.value, n + 1);
      else if (this.phoneItems.size < this.maxTracked) this.phoneItems.set(s.value, 1);
    }
    this.pending.push(x);
    const out: ItemAnalysis[] = [];
    while (this.pending.length - this.head > this.window) {
      const next = this.pending[this.head]!;
      this.pending[this.head++] = undefined as never; // let it be collected
      out.push(this.finish(next));
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  /** Score everything still held back. */
  flush(): ItemAnalysis[] {
    const out = this.pending.slice(this.head).map((x) => this.finish(x));
    this.pending = [];
    this.head = 0;
    return out;
  }

  /** How many items so far mention `phone` (canonical value). */
  phoneCount(phone: string): number {
    return this.phoneItems.get(phone) ?? 0;
  }

  private finish(x: ItemExtraction): ItemAnalysis {
    let shared = 1;
    for (const s of x.selectors) if (s.type === 'phone') shared = Math.max(shared, this.phoneCount(s.value));
    return scoreExtraction(x, { phoneItemCount: shared });
  }
}

/** Analyse an async stream of items with a BatchAnalyzer, yielding analyses in input order. */
export async function* analyzeStream(
  items: AsyncIterable<ItemInput> | Iterable<ItemInput>,
  options: BatchOptions = {},
): AsyncGenerator<ItemAnalysis> {
  const batch = new BatchAnalyzer(options);
  for await (const item of items) yield* batch.push(item);
  yield* batch.flush();
}
