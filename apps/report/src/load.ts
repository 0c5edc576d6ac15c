/**
 * Getting a validated corpus: the bundled one (validated by the corpus package's build), or one
 * the user brings, a corpus.json or a folder in the authored form, which must pass the same schema
 * and integrity checks before anything is printed from it.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Corpus, CorpusIssue } from '@attribution-lab/corpus';
import type { IntegrityCheck } from './briefing/context.js';

export class CorpusLoadError extends Error {
  override name = 'CorpusLoadError';
}

export interface LoadedCorpus {
  corpus: Corpus;
  /** The integrity checks it passed, as the corpus package describes them. */
  checks: IntegrityCheck[];
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

/** Imports a part of the corpus package; a failure means the package was never built. */
async function importCorpus<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    // The package's build refuses to write an invalid corpus, so a failure here means no build.
    const reason = (error as Error).message.split('\n')[0];
    throw new CorpusLoadError(`cannot load the bundled corpus (${reason}); run pnpm build first`);
  }
}

export async function loadCorpus(file: string | null): Promise<LoadedCorpus> {
  const describeChecks = (rules: CorpusModule['INTEGRITY_RULES']) =>
    rules.map(({ id, description }) => ({ id, description }));
  if (file === null) {
    // The bundled corpus was validated when the package was built: no need to load the
    // validator (about 50 ms of the command's processor time).
    const bundled = await importCorpus(() => import('@attribution-lab/corpus/bundled'));
    return { corpus: bundled.corpus, checks: describeChecks(bundled.INTEGRITY_RULES) };
  }
  const module = await importCorpus(() => import('@attribution-lab/corpus'));
  const checks = describeChecks(module.INTEGRITY_RULES);
  let isFolder: boolean;
  try {
    isFolder = statSync(file).isDirectory();
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    throw new CorpusLoadError(
      `cannot read the corpus ${file}: ${code === 'ENOENT' ? 'no such file' : code}`,
    );
  }
  if (isFolder) {
    const result = module.compileCorpusFolder(file);
    if (result.ok) return { corpus: result.corpus, checks };
    throw describeInvalid(file, { issues: result.issues }, module.formatIssue);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code ? code : `not valid JSON (${message})`;
    throw new CorpusLoadError(`cannot read the corpus ${file}: ${reason}`);
  }
  try {
    return { corpus: module.parseCorpus(data), checks };
  } catch (error) {
    throw describeInvalid(file, error, module.formatIssue);
  }
}
