/** An append-only Uint32Array that doubles its capacity, for columnar storage of many items. */
export class GrowableU32 {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(capacity, 16));
  }

  /** Make room for `extra` more values and return the offset where they go. */
  reserve(extra: number): number {
    const need = this.length + extra;
    if (need > this.data.length) {
      let cap = this.data.length;
      while (cap < need) cap *= 2;
      const next = new Uint32Array(cap);
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    return this.length;
  }

  push(value: number): void {
    this.reserve(1);
    this.data[this.length++] = value;
  }

  /** Append `values[0..count)`. */
  append(values: Uint32Array, count: number): void {
    const at = this.reserve(count);
    this.data.set(values.subarray(0, count), at);
    this.length += count;
  }
}
