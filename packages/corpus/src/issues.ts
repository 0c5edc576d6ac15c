/**
 * A problem found in a corpus, located precisely enough to fix: the file or document it is in,
 * the record, the field, and what was expected.
 */
export interface CorpusIssue {
  /** The rule that found it: "schema", "unique-ids", "quote-matches-text"… */
  rule: string;
  /** The file it is in, when the corpus was read from files. */
  file?: string;
  /** The collection and record: "claims", "c000-prison-population-lede". */
  collection?: string;
  recordId?: string;
  /** A dotted path to the field inside the record: "quote.start". */
  field?: string;
  message: string;
}

export function formatIssue(issue: CorpusIssue): string {
  const where = [
    issue.file,
    issue.collection && issue.recordId
      ? `${issue.collection}[${issue.recordId}]`
      : issue.collection,
    issue.field,
  ]
    .filter(Boolean)
    .join(' › ');
  return `${where || '(corpus)'}: ${issue.message} [${issue.rule}]`;
}

export class CorpusValidationError extends Error {
  readonly issues: readonly CorpusIssue[];

  constructor(issues: readonly CorpusIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `  - ${formatIssue(i)}`);
    if (issues.length > shown.length) shown.push(`  … and ${issues.length - shown.length} more`);
    super(
      `The corpus is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${shown.join('\n')}`,
    );
    this.name = 'CorpusValidationError';
    this.issues = issues;
  }
}
