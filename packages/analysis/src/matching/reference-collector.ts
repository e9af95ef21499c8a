import { type ImportIssue, MAX_ISSUES, ReferenceSetParseError } from './import-issues.ts';
import type { Canonicalizer, ReferenceValue, ReferenceValueType } from './reference-value.ts';

export interface AddContext {
  line?: number;
  entry?: number;
  field?: string;
  label?: string | undefined;
  country?: string | undefined;
}

const COUNTRY = /^[A-Z]{2}$/;

/**
 * Collects the values of one set file: canonicalises each, collapses duplicates (same type and
 * canonical value; the first label wins, a later one fills a missing label) and records problems
 * with their place. `finish()` returns the values only when there was no problem at all.
 */
export class ReferenceCollector {
  private readonly byKey = new Map<string, ReferenceValue>();
  private readonly issues: ImportIssue[] = [];
  private issueCount = 0;
  duplicates = 0;
  /** Rows of types we do not match on (e.g. MISP md5 attributes), skipped without error. */
  skipped = 0;

  constructor(
    private readonly canonicalize: Canonicalizer,
    private readonly defaultCountry?: string,
  ) {}

  issue(issue: ImportIssue): void {
    this.issueCount++;
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }

  get hasIssues(): boolean {
    return this.issueCount > 0;
  }

  /** Add `raw` as `type`; when it is not valid as that type, try `fallback` (e.g. a handle, then a bare username). */
  add(type: ReferenceValueType, raw: string, ctx: AddContext = {}, fallback?: ReferenceValueType): void {
    const text = raw.trim();
    const country = ctx.country?.trim().toUpperCase() || undefined;
    let value: string | null = null;
    let problem: string | undefined;
    if (text === '') problem = `empty ${type}`;
    else if (text.length > 4096) problem = `${type} longer than 4096 characters`;
    else if (country && !COUNTRY.test(country))
      problem = `country "${ctx.country}" is not an ISO 3166-1 alpha-2 code`;
    else {
      const options = { country: country ?? this.defaultCountry };
      value = this.canonicalize(type, text, options);
      if (value === null && fallback) {
        value = this.canonicalize(fallback, text, options);
        if (value !== null) type = fallback;
      }
      if (value === null) problem = `"${shorten(text)}" is not a valid ${type}`;
    }
    if (problem !== undefined || value === null) {
      this.issue({
        ...clean({ line: ctx.line, entry: ctx.entry, field: ctx.field }),
        message: problem ?? 'invalid',
      });
      return;
    }
    const key = `${type}\u0000${value}`;
    const existing = this.byKey.get(key);
    if (existing) {
      this.duplicates++;
      if (!existing.label && ctx.label?.trim()) existing.label = ctx.label.trim();
      return;
    }
    const entry: ReferenceValue = { type, value, raw: text };
    if (ctx.label?.trim()) entry.label = ctx.label.trim();
    if (country) entry.country = country;
    this.byKey.set(key, entry);
  }

  /** All values, or a ReferenceSetParseError listing what is wrong. */
  finish(): ReferenceValue[] {
    if (this.issueCount > 0) throw new ReferenceSetParseError(this.issues, this.issueCount);
    return [...this.byKey.values()];
  }
}

function clean<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
