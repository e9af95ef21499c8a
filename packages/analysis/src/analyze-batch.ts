import { type AnalyzeOptions, extractItem, type ItemExtraction } from './analyze.ts';
import { RULES_VERSION } from './scoring/rules-version.ts';
import { finishScore, type PreparedScore, prepareScore } from './scoring/score-item.ts';
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
 * What a batch holds of an item while later items are counted (`hold`), and how it turns that into
 * the result once the item's shared-phone count is known (`finish`). A caller that only writes the
 * result can hold a compact form (e.g. serialised text) instead of the item's selectors and
 * indicators: fewer live objects in the window, less for the GC to copy and promote.
 */
export interface HoldRule<H, R> {
  hold(x: ItemExtraction, score: PreparedScore): H;
  finish(held: H, phoneItemCount: number): R;
}

/**
 * Streaming batch analysis: push items, receive results in input order. Counts how many items
 * share each phone number across the batch and passes it to the score. Items without a counted
 * phone are finished at once (their count is 1 whatever follows); the others wait in the window.
 */
export class HoldingBatch<H, R> {
  /** Items waiting to be released: pending[head..] (a queue without Array.shift's copying). */
  private pending: Pending<H, R>[] = [];
  private head = 0;
  /** Items per phone number, in a cell the pending items hold: scoring reads it without hashing. */
  private readonly phoneItems = new Map<string, PhoneCell>();
  private readonly window: number;
  private readonly maxTracked: number;

  constructor(
    private readonly rule: HoldRule<H, R>,
    private readonly options: BatchOptions = {},
  ) {
    this.window = Math.max(0, options.window ?? 1000);
    this.maxTracked = options.maxTrackedPhones ?? 1_000_000;
  }

  /** Add an item; returns the results that are now final (possibly none). */
  push(item: ItemInput): R[] {
    const x = extractItem(item, this.options);
    const cells = this.countPhones(x);
    const held = this.rule.hold(
      x,
      prepareScore({ indicators: x.indicators, selectors: x.selectors, kind: x.kind }),
    );
    this.pending.push(
      cells === undefined
        ? { held: undefined, done: this.rule.finish(held, 1), cells }
        : { held, done: undefined, cells },
    );
    const out: R[] = [];
    while (this.pending.length - this.head > this.window) {
      const next = this.pending[this.head]!;
      this.pending[this.head++] = undefined as never; // let it be collected
      out.push(this.release(next));
    }
    if (this.head > 1024 && this.head * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  /** Score everything still held back. */
  flush(): R[] {
    const out: R[] = [];
    for (let i = this.head; i < this.pending.length; i++) out.push(this.release(this.pending[i]!));
    this.pending = [];
    this.head = 0;
    return out;
  }

  /** How many items so far mention `phone` (canonical value). */
  phoneCount(phone: string): number {
    return this.phoneItems.get(phone)?.n ?? 0;
  }

  private release(p: Pending<H, R>): R {
    if (p.cells === undefined) return p.done as R;
    let shared = 1;
    for (const c of p.cells) shared = Math.max(shared, c.n);
    return this.rule.finish(p.held as H, shared);
  }

  /**
   * Counts the item once for each distinct phone number in it and returns the cells of those
   * numbers (none for numbers beyond maxTrackedPhones, which count as 0, as before).
   */
  private countPhones(x: ItemExtraction): PhoneCell[] | undefined {
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

/** An item in the window: finished already (no counted phone) or held until released. */
interface Pending<H, R> {
  held: H | undefined;
  done: R | undefined;
  cells: PhoneCell[] | undefined;
}

/** Whether a phone selector before index `i` has this value (an item names few phones: no Set). */
function seenBefore(sel: ItemExtraction['selectors'], i: number, value: string): boolean {
  for (let k = 0; k < i; k++) if (sel[k]!.type === 'phone' && sel[k]!.value === value) return true;
  return false;
}

/** The default rule: hold the extraction, give the full analysis. */
const ANALYSIS_RULE: HoldRule<{ x: ItemExtraction; score: PreparedScore }, ItemAnalysis> = {
  hold: (x, score) => ({ x, score }),
  finish: ({ x, score: prepared }, phoneItemCount) => {
    const { score, reasons } = finishScore(prepared, phoneItemCount);
    return {
      id: x.id,
      lang: x.lang,
      kind: x.kind,
      kindReasons: x.kindReasons,
      score,
      reasons,
      selectors: x.selectors,
      indicators: x.indicators,
      rulesVersion: RULES_VERSION,
    };
  },
};

/** A batch that gives each item's full analysis (see HoldingBatch). */
export class BatchAnalyzer extends HoldingBatch<{ x: ItemExtraction; score: PreparedScore }, ItemAnalysis> {
  constructor(options: BatchOptions = {}) {
    super(ANALYSIS_RULE, options);
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
