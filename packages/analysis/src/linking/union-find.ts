/**
 * Disjoint sets over 0..n-1 in typed arrays: union by size, path halving. Grows on demand so
 * streaming callers need not know n in advance.
 */
export class UnionFind {
  private parent: Int32Array;
  private size: Int32Array;
  private count = 0;

  constructor(capacity = 16) {
    this.parent = new Int32Array(Math.max(capacity, 1));
    this.size = new Int32Array(Math.max(capacity, 1));
  }

  /** Number of elements. */
  get length(): number {
    return this.count;
  }

  /** Make sure elements 0..n-1 exist (new ones are singletons). */
  ensure(n: number): void {
    if (n > this.parent.length) {
      let cap = this.parent.length;
      while (cap < n) cap *= 2;
      const parent = new Int32Array(cap);
      parent.set(this.parent.subarray(0, this.count));
      const size = new Int32Array(cap);
      size.set(this.size.subarray(0, this.count));
      this.parent = parent;
      this.size = size;
    }
    for (let i = this.count; i < n; i++) {
      this.parent[i] = i;
      this.size[i] = 1;
    }
    if (n > this.count) this.count = n;
  }

  find(x: number): number {
    const parent = this.parent;
    let r = x;
    while (parent[r] !== r) {
      const grand = parent[parent[r] as number] as number;
      parent[r] = grand;
      r = grand;
    }
    return r;
  }

  /** Join the sets of a and b; returns true when they were apart. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if ((this.size[ra] as number) < (this.size[rb] as number)) {
      const t = ra;
      ra = rb;
      rb = t;
    }
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
    return true;
  }

  /** Size of the set holding x. */
  setSize(x: number): number {
    return this.size[this.find(x)] as number;
  }

  /** The sets with at least `minSize` members, each sorted ascending, larger sets first. */
  groups(minSize = 2): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.count; i++) {
      const root = this.find(i);
      if ((this.size[root] as number) < minSize) continue;
      let members = byRoot.get(root);
      if (!members) {
        members = [];
        byRoot.set(root, members);
      }
      members.push(i);
    }
    return [...byRoot.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  }
}
