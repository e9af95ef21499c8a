import { type AnalyzeOptions, type HeldItem, holdItem, scoreHeld } from './analyze.ts';
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
  private pending: Pending[] = [];
  private head = 0;
  /** Items per phone number, in a cell the pending items hold: scoring reads it without hashing. */
  private readonly phoneItems = new Map<string, PhoneCell>();
  private readonly window: number;
  private readonly maxTracked: number;

  constructor(private readonly options: BatchOptions = {}) {
    this.window = Math.max(0, options.window ?? 1000);
    this.maxTracked = options.maxTrackedPhones ?? 1_000_000;
  }

  /** Add an item; returns the analyses that are now final (possibly none). */
  push(item: ItemInput): ItemAnalysis[] {
    const x = holdItem(item, this.options);
    const cells = this.countPhones(x);
    this.pending.push({ x, cells });
    const out: ItemAnalysis[] = [];
    while (this.pending.length - this.head > this.window) {
      const next = this.pending[this.head]!;
      this.pending[this.head++] = undefined as never; // let it be collected
      out.push(finish(next));
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  /** Score everything still held back. */
  flush(): ItemAnalysis[] {
    const out: ItemAnalysis[] = [];
    for (let i = this.head; i < this.pending.length; i++) out.push(finish(this.pending[i]!));
    this.pending = [];
    this.head = 0;
    return out;
  }

  /** How many items so far mention `phone` (canonical value). */
  phoneCount(phone: string): number {
    return this.phoneItems.get(phone)?.n ?? 0;
  }

  /**
   * Counts the item once for each distinct phone number in it and returns the cells of those
   * numbers (none for numbers beyond maxTrackedPhones, which count as 0, as before).
   */
  private countPhones(x: HeldItem): PhoneCell[] | undefined {
    let cells: PhoneCell[] | undefined;
    const sel = x.selectors;
    for (let i = 0; i < sel.length; i++) {
      const s = sel[i]!;
      if (s.type !== 'phone' || seenBefore(sel, i, s.value)) continue;
      let cell = this.phoneItems.get(s.value);
      if (cell !== undefined) cell.n++;
      else if (this.phoneItems.size < this.maxTracked) {
        cell = { n: 1 };
        this.phoneItems.set(s.value, cell);
      } else continue;
      if (cells === undefined) cells = [cell];
      else cells.push(cell);
    }
    return cells;
  }
}

/** The count cell of one phone number, shared by every pending item that mentions it. */
interface PhoneCell {
  n: number;
}

interface Pending {
  x: HeldItem;
  cells: PhoneCell[] | undefined;
}

/** Whether a phone selector before index `i` has this value (an item names few phones: no Set). */
function seenBefore(sel: HeldItem['selectors'], i: number, value: string): boolean {
  for (let k = 0; k < i; k++) if (sel[k]!.type === 'phone' && sel[k]!.value === value) return true;
  return false;
}

function finish(p: Pending): ItemAnalysis {
  let shared = 1;
  if (p.cells) for (const c of p.cells) shared = Math.max(shared, c.n);
  return scoreHeld(p.x, { phoneItemCount: shared });
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
