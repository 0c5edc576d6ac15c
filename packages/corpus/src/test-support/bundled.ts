/** The corpus bundled with this package, compiled from its authored sources (not from a build). */
import { fileURLToPath } from 'node:url';
import { compileCorpusFolder } from '../source/folder.js';
import type { Corpus } from '../schema.js';
import { formatIssue } from '../issues.js';

export const BUNDLED_DATA = fileURLToPath(new URL('../../data', import.meta.url));

export function bundledCorpus(): Corpus {
  const result = compileCorpusFolder(BUNDLED_DATA);
  if (!result.ok)
    throw new Error(`the bundled corpus is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.corpus;
}
