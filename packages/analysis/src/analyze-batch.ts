import { type AnalyzeOptions, type HeldItem, holdItem, scoreHeld } from './analyze.ts';
import type { SelectorFacts } from './scoring/score-item.ts';
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
  /**
   * Items waiting to be scored: held[head..], with the count cells of their phones in cells[]
   * (parallel arrays rather than an object per item; a queue without Array.shift's copying).
   */
  private held: (HeldItem | undefined)[] = [];
  private cells: (PhoneCell[] | undefined)[] = [];
  private head = 0;
  /** Items per phone number, in a cell the pending items hold: scoring reads it without hashing. */
  private readonly phoneItems = new Map<string, PhoneCell>();
  private readonly window: number;
  private readonly maxTracked: number;
  /** Scratch facts for scoreItem, which reads them synchronously and keeps nothing of them. */
  private readonly facts: SelectorFacts = { phoneItemCount: 1 };

  constructor(private readonly options: BatchOptions = {}) {
    this.window = Math.max(0, options.window ?? 1000);
    this.maxTracked = options.maxTrackedPhones ?? 1_000_000;
  }

  /** Add an item; returns the analyses that are now final (possibly none). */
  push(item: ItemInput): ItemAnalysis[] {
    this.add(item);
    const out: ItemAnalysis[] = [];
    for (let a = this.next(); a !== undefined; a = this.next()) out.push(a);
    return out;
  }

  /**
   * Add an item without collecting what becomes final: take the analyses with next() until it
   * returns undefined (no array per item, for callers that handle analyses one by one).
   */
  add(item: ItemInput): void {
    const x = holdItem(item, this.options);
    this.cells.push(this.countPhones(x));
    this.held.push(x);
  }

  /** The next analysis that is final (the window is full past it), or undefined. */
  next(): ItemAnalysis | undefined {
    if (this.held.length - this.head <= this.window) {
      if (this.head > 1024 && this.head * 2 > this.held.length) {
        this.held = this.held.slice(this.head);
        this.cells = this.cells.slice(this.head);
        this.head = 0;
      }
      return undefined;
    }
    return this.finishAt(this.head++);
  }

  /** Score everything still held back. */
  flush(): ItemAnalysis[] {
    const out: ItemAnalysis[] = [];
    for (let i = this.head; i < this.held.length; i++) out.push(this.finishAt(i));
    this.held = [];
    this.cells = [];
    this.head = 0;
    return out;
  }

  /** How many items so far mention `phone` (canonical value). */
  phoneCount(phone: string): number {
    return this.phoneItems.get(phone)?.n ?? 0;
  }

  /** Scores held item i and lets it (and its cells) be collected. */
  private finishAt(i: number): ItemAnalysis {
    const x = this.held[i]!;
    const cells = this.cells[i];
    this.held[i] = undefined;
    this.cells[i] = undefined;
    let shared = 1;
    if (cells) for (let k = 0; k < cells.length; k++) shared = Math.max(shared, cells[k]!.n);
    this.facts.phoneItemCount = shared;
    return scoreHeld(x, this.facts);
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

/** Whether a phone selector before index `i` has this value (an item names few phones: no Set). */
function seenBefore(sel: HeldItem['selectors'], i: number, value: string): boolean {
  for (let k = 0; k < i; k++) if (sel[k]!.type === 'phone' && sel[k]!.value === value) return true;
  return false;
}

/** Analyse an async stream of items with a BatchAnalyzer, yielding analyses in input order. */
export async function* analyzeStream(
  items: AsyncIterable<ItemInput> | Iterable<ItemInput>,
  options: BatchOptions = {},
): AsyncGenerator<ItemAnalysis> {
  const batch = new BatchAnalyzer(options);
  for await (const item of items) {
    batch.add(item);
    for (let a = batch.next(); a !== undefined; a = batch.next()) yield a;
  }
  yield* batch.flush();
}
