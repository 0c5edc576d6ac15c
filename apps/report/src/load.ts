/**
 * Getting a validated corpus: the bundled one, or a corpus.json the user brings. Either way it
 * passes the corpus package's schema and integrity checks before anything is printed from it.
 */
import { readFileSync } from 'node:fs';
import type { Corpus, CorpusIssue } from '@attribution-lab/corpus';

export class CorpusLoadError extends Error {
  override name = 'CorpusLoadError';
}

export interface LoadedCorpus {
  corpus: Corpus;
  /** The integrity checks it passed, by name. */
  checks: string[];
}

type CorpusModule = typeof import('@attribution-lab/corpus');

function describeInvalid(
  where: string,
  error: unknown,
  formatIssue: (issue: CorpusIssue) => string,
): CorpusLoadError {
  const issues = (error as { issues?: readonly CorpusIssue[] }).issues;
  if (!issues?.length)
    return new CorpusLoadError(
      `invalid corpus ${where}: ${(error as Error).message.split('\n')[0]}`,
    );
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more; \`attribution-corpus validate\` lists them all)`
      : '';
  return new CorpusLoadError(
    `invalid corpus ${where}: ${formatIssue(issues[0]!)}${more}; nothing was written`,
  );
}

export async function loadCorpus(file: string | null): Promise<LoadedCorpus> {
  let module: CorpusModule;
  try {
    // Importing the package validates the bundled corpus, so an invalid one fails here.
    module = await import('@attribution-lab/corpus');
  } catch (error) {
    const formatIssue = (i: CorpusIssue) =>
      `${[i.collection, i.recordId, i.field].filter(Boolean).join(' › ')}: ${i.message}`;
    if (!(error as { issues?: unknown }).issues) {
      const reason = (error as Error).message.split('\n')[0];
      throw new CorpusLoadError(`cannot load the bundled corpus (${reason}); run pnpm build first`);
    }
    throw describeInvalid('(the bundled corpus)', error, formatIssue);
  }
  const checks = Object.keys(module.INTEGRITY_RULES);
  if (file === null) return { corpus: module.corpus, checks };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'no such file' : code ? code : `not valid JSON (${message})`;
    throw new CorpusLoadError(`cannot read the corpus ${file}: ${reason}`);
  }
  try {
    return { corpus: module.parseCorpus(data), checks };
  } catch (error) {
    throw describeInvalid(file, error, module.formatIssue);
  }
}
