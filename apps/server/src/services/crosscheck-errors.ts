import {
  FilterFileError,
  FilterKeyError,
  formatIssue,
  type ImportIssue,
  ReferenceSetParseError,
} from '@vigil/analysis';
import { CrosscheckError } from './crosscheck.service.ts';
import { invalid, ServiceError } from './errors.ts';

/** A rejected set file: nothing was imported; `issues` name the line or entry and the field. */
export class SetFileRejected extends ServiceError {
  constructor(
    readonly issues: ImportIssue[],
    readonly totalIssues: number,
    message: string,
  ) {
    super(400, message);
  }
}

/**
 * Run a cross-check step and turn the domain's refusals into answers for the caller: a bad file,
 * a wrong key, an expired or altered filter are the caller's to fix (400), never a server fault.
 */
export async function asServiceErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReferenceSetParseError)
      throw new SetFileRejected(
        error.issues.map((issue) => ({ ...issue, message: formatIssue(issue) })),
        error.totalIssues,
        error.message,
      );
    if (error instanceof FilterFileError) throw invalid(`filter rejected (${error.code}): ${error.message}`);
    if (error instanceof FilterKeyError || error instanceof CrosscheckError) throw invalid(error.message);
    throw error;
  }
}
