/**
 * Validating a corpus: the schema first, then the integrity rules. This is the entry point for a
 * developer who brings a corpus of their own.
 */
import type { z } from 'zod';
import { checkIntegrity } from './integrity.js';
import { CorpusValidationError, type CorpusIssue } from './issues.js';
import { Corpus } from './schema.js';

export type ParseResult = { ok: true; corpus: Corpus } | { ok: false; issues: CorpusIssue[] };

/** Where a zod issue is, in the terms a person fixing the data uses: collection, record id, field. */
export function locateSchemaIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  file?: string,
): CorpusIssue {
  const [head, index, ...rest] = issue.path;
  const located: CorpusIssue = {
    rule: 'schema',
    message: issue.message,
    ...(file ? { file } : {}),
  };
  if (typeof head === 'string' && typeof index === 'number') {
    const record = (data as Record<string, unknown[]>)[head]?.[index] as
      { id?: unknown } | undefined;
    located.collection = head;
    located.recordId = typeof record?.id === 'string' ? record.id : `#${index}`;
    if (rest.length) located.field = rest.join('.');
  } else if (issue.path.length) {
    located.field = issue.path.join('.');
  }
  return located;
}

export function safeParseCorpus(data: unknown): ParseResult {
  const parsed = Corpus.safeParse(data);
  if (!parsed.success)
    return { ok: false, issues: parsed.error.issues.map((i) => locateSchemaIssue(i, data)) };
  const issues = checkIntegrity(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, corpus: parsed.data };
}

/** Validates a corpus and returns it typed, or throws a CorpusValidationError listing every problem. */
export function parseCorpus(data: unknown): Corpus {
  const result = safeParseCorpus(data);
  if (!result.ok) throw new CorpusValidationError(result.issues);
  return result.corpus;
}
