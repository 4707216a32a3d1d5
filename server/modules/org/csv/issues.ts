// Problems found in an import file, as catalog keys (relative to the errors namespace) so that
// the reader gets them in their own language; see localise.ts.

export type IssueParams = Record<string, string | number>;

export interface CsvIssue {
  /** The physical line in the file (header = 1); 0 for problems with the file as a whole. */
  line: number;
  column?: string;
  /** For example 'csv.unknownParent' or 'field.tooLong'. */
  key: string;
  params?: IssueParams;
}

export function issue(line: number, key: string, params?: IssueParams, column?: string): CsvIssue {
  const out: CsvIssue = { line, key };
  if (column !== undefined) out.column = column;
  if (params !== undefined) out.params = params;
  return out;
}

/** Orders issues by line; sort is stable, so issues of one line keep the order they were found in. */
export function sortIssues(issues: readonly CsvIssue[]): CsvIssue[] {
  return [...issues].sort((a, b) => a.line - b.line);
}
