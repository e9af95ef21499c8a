/** Where a problem is: a line of a text file, or the n-th entry of a JSON document, and the field. */
export interface ImportIssue {
  line?: number;
  entry?: number;
  field?: string;
  message: string;
}

/** Limit on reported issues: a broken file of a million rows should not produce a million messages. */
export const MAX_ISSUES = 50;

export function formatIssue(issue: ImportIssue): string {
  const where = [
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.entry !== undefined ? `entry ${issue.entry}` : undefined,
    issue.field !== undefined ? `field "${issue.field}"` : undefined,
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${issue.message}` : issue.message;
}

/** A set file that cannot be imported: the import is all or nothing, so nothing was taken. */
export class ReferenceSetParseError extends Error {
  override name = 'ReferenceSetParseError';
  constructor(
    readonly issues: ImportIssue[],
    readonly totalIssues: number,
  ) {
    const shown = issues.slice(0, 10).map(formatIssue).join('\n  ');
    const more = totalIssues > 10 ? `\n  … and ${totalIssues - 10} more` : '';
    super(
      `set file rejected, nothing imported (${totalIssues} problem${totalIssues === 1 ? '' : 's'}):\n  ${shown}${more}`,
    );
  }
}
