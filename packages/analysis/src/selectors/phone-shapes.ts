/**
 * Which (length, first two digits) a libphonenumber metadata pattern can match, as a table read
 * from the pattern's structure once. A table lookup then rejects most candidate numbers without
 * running the regex: the tables over-approximate (a string the regex matches always passes).
 */

/** Longest string the tables describe; longer ones are never rejected. */
const MAX = 17;
/** A row (strings of one length): the first-digit mask, then per first digit the mask of second digits. */
const W = 11;
type Row = number[];

const newRow = (): Row => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

export class Shape {
  /** Whether the empty string matches. */
  empty = false;
  /** By length (1..MAX): the row of the strings of that length, or undefined when there are none. */
  readonly rows: (Row | undefined)[] = [];

  /** The row of length `len`, created empty if needed. */
  row(len: number): Row {
    let r = this.rows[len];
    if (r === undefined) {
      r = newRow();
      while (this.rows.length < len) this.rows.push(undefined);
      this.rows[len] = r;
    }
    return r;
  }

  /** Matches every string: what a pattern we cannot read gets. */
  static any(): Shape {
    const s = new Shape();
    s.empty = true;
    for (let len = 1; len <= MAX; len++) s.row(len).fill(0x3ff);
    return s;
  }
}

/** Whether text[from, end) may match (a necessary condition); text holds ASCII digits. */
export function mayMatch(s: Shape, text: string, from: number): boolean {
  const len = text.length - from;
  if (len > MAX) return true;
  if (len === 0) return s.empty;
  const r = s.rows[len];
  if (r === undefined) return false;
  const a = text.charCodeAt(from) - 48;
  if (a < 0 || a > 9) return true;
  if (len === 1) return ((r[0]! >> a) & 1) === 1;
  const b = text.charCodeAt(from + 1) - 48;
  if (b < 0 || b > 9) return true;
  return ((r[1 + a]! >> b) & 1) === 1;
}

/** The lengths a shape has strings of (0 for the empty string). */
function lengthsOf(s: Shape): number[] {
  const out: number[] = s.empty ? [0] : [];
  for (let len = 1; len < s.rows.length; len++) if (s.rows[len] !== undefined) out.push(len);
  return out;
}

function orInto(to: Row, from: Row): void {
  for (let q = 0; q < W; q++) to[q]! |= from[q]!;
}

function concat(a: Shape, b: Shape): Shape {
  const r = new Shape();
  r.empty = a.empty && b.empty;
  const bl = lengthsOf(b);
  for (const la of lengthsOf(a)) {
    for (const lb of bl) {
      if ((la === 0 && lb === 0) || la + lb > MAX) continue;
      const out = r.row(la + lb);
      if (la === 0) orInto(out, b.rows[lb]!);
      else if (la === 1) {
        // The second digit is the first of b's part.
        const first = a.rows[1]![0]!;
        out[0]! |= first;
        if (lb > 0) {
          const second = b.rows[lb]![0]!;
          for (let d = 0; d < 10; d++) if ((first >> d) & 1) out[1 + d]! |= second;
        }
      } else orInto(out, a.rows[la]!);
    }
  }
  return r;
}

/** a or b, into a. */
function unionInto(a: Shape, b: Shape): Shape {
  a.empty ||= b.empty;
  for (let len = 1; len < b.rows.length; len++) {
    const r = b.rows[len];
    if (r !== undefined) orInto(a.row(len), r);
  }
  return a;
}

export function union(a: Shape, b: Shape): Shape {
  return unionInto(unionInto(new Shape(), a), b);
}

export function intersect(a: Shape, b: Shape): Shape {
  const r = new Shape();
  r.empty = a.empty && b.empty;
  for (let len = 1; len < a.rows.length; len++) {
    const x = a.rows[len];
    const y = b.rows[len];
    if (x === undefined || y === undefined) continue;
    const out = r.row(len);
    for (let q = 0; q < W; q++) out[q] = x[q]! & y[q]!;
  }
  return r;
}

/** Only the strings of the given lengths (all, when undefined). */
export function withLengths(s: Shape, lengths: readonly number[] | undefined): Shape {
  if (lengths === undefined) return s;
  const r = new Shape();
  r.empty = s.empty && lengths.includes(0);
  for (const n of lengths) {
    const x = n >= 1 && n <= MAX ? s.rows[n] : undefined;
    if (x !== undefined) orInto(r.row(n), x);
  }
  return r;
}

/** s followed by one character of `mask`, in place (each length moves up by one). */
function appendChar(s: Shape, mask: number): void {
  const rows = s.rows;
  // The longest strings may fall off the end.
  if (rows.length > MAX) rows.length = MAX;
  rows.push(undefined);
  for (let len = rows.length - 1; len >= 2; len--) {
    const prev = rows[len - 1];
    if (len === 2 && prev !== undefined) {
      const r = newRow();
      r[0] = prev[0]!;
      for (let d = 0; d < 10; d++) if ((prev[0]! >> d) & 1) r[1 + d] = mask;
      rows[2] = r;
    } else rows[len] = prev;
  }
  rows[1] = s.empty ? [mask, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : undefined;
  s.empty = false;
}

/**
 * The shape of a metadata pattern: digits, classes ([2-9], [0-46-9], \d), groups, alternation
 * and the quantifiers ? {n} {n,m}. Anything else (never seen in the metadata) gives Shape.any().
 */
export function patternShape(source: string): Shape {
  try {
    const p = new Parser(source);
    const s = p.alternation();
    return p.done() ? s : Shape.any();
  } catch {
    return Shape.any();
  }
}

const EMPTY = (): Shape => {
  const s = new Shape();
  s.empty = true;
  return s;
};

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  done(): boolean {
    return this.pos === this.src.length;
  }

  alternation(): Shape {
    const s = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      unionInto(s, this.sequence());
    }
    return s;
  }

  private sequence(): Shape {
    let out = EMPTY();
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      // One character (or one repeated n times) is appended in place: no table per character.
      const mask = this.src[this.pos] === '(' ? -1 : this.char();
      const times = mask < 0 ? -1 : this.exactRepeat();
      if (times >= 0) for (let i = 0; i < times; i++) appendChar(out, mask);
      else {
        let item: Shape;
        if (mask >= 0) {
          item = new Shape();
          item.row(1)[0] = mask;
        } else item = this.group();
        out = concat(out, this.quantified(item));
      }
    }
    return out;
  }

  /** The count of an exact quantifier ({n}, or none: 1) at the cursor, consumed; -1 for another. */
  private exactRepeat(): number {
    const c = this.src[this.pos];
    if (c === '?') return -1;
    if (c !== '{') return 1;
    const m = /^\{(\d+)\}/.exec(this.src.slice(this.pos, this.pos + 6));
    if (!m) return -1;
    this.pos += m[0].length;
    return Math.min(Number(m[1]), MAX + 1);
  }

  private group(): Shape {
    this.pos += this.src.startsWith('(?:', this.pos) ? 3 : 1;
    const s = this.alternation();
    this.expect(')');
    return s;
  }

  /** The digit mask of the character or class at the cursor. */
  private char(): number {
    const c = this.src[this.pos]!;
    let mask: number;
    if (c === '[') mask = this.charClass();
    else if (c === '\\') mask = this.escape();
    else if (c >= '0' && c <= '9') {
      mask = 1 << (c.charCodeAt(0) - 48);
      this.pos++;
    } else throw new Error(`pattern: ${c}`);
    return mask;
  }

  private escape(): number {
    if (this.src[this.pos + 1] !== 'd') throw new Error('pattern: escape');
    this.pos += 2;
    return 0x3ff;
  }

  private charClass(): number {
    this.pos++;
    let mask = 0;
    while (this.src[this.pos] !== ']') {
      const c = this.src[this.pos];
      if (c === '\\') {
        mask |= this.escape();
        continue;
      }
      const lo = this.digit();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        this.pos++;
        const hi = this.digit();
        for (let d = lo; d <= hi; d++) mask |= 1 << d;
      } else mask |= 1 << lo;
    }
    this.pos++;
    return mask;
  }

  private digit(): number {
    const d = this.src.charCodeAt(this.pos) - 48;
    if (!(d >= 0 && d <= 9)) throw new Error('pattern: class');
    this.pos++;
    return d;
  }

  private quantified(s: Shape): Shape {
    const c = this.src[this.pos];
    if (c === '?') {
      this.pos++;
      return unionInto(EMPTY(), s);
    }
    if (c !== '{') return s;
    const m = /^\{(\d+)(?:,(\d+))?\}/.exec(this.src.slice(this.pos, this.pos + 8));
    if (!m) throw new Error('pattern: quantifier');
    this.pos += m[0].length;
    const min = Number(m[1]);
    const max = Math.min(m[2] === undefined ? min : Number(m[2]), MAX + 1);
    let r = EMPTY();
    for (let i = 0; i < min && i <= MAX; i++) r = concat(r, s);
    const out = unionInto(new Shape(), r);
    for (let i = min; i < max; i++) {
      r = concat(r, s);
      unionInto(out, r);
    }
    return out;
  }

  private expect(c: string): void {
    if (this.src[this.pos] !== c) throw new Error(`pattern: expected ${c}`);
    this.pos++;
  }
}
