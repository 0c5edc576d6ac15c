/**
 * Reads a corpus folder in the authored form and hands it to the compiler:
 *
 *   corpus.yaml  outlets.yaml  actors.yaml  topics.yaml  documents/*.yaml  texts/*.txt
 *
 * A file that is missing or is not valid YAML is reported by name and line, and the rest of the
 * folder is still compiled and checked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { CorpusIssue } from '../issues.js';
import type { ParseResult } from '../parse.js';
import { compileAuthored, type AuthoredCorpus } from './compile.js';

function readYaml(root: string, file: string, issues: CorpusIssue[]): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    issues.push({ rule: 'files', file, message: 'the file is missing' });
    return undefined;
  }
  const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      // The parser's first line ends with a colon before the code excerpt it prints below.
      issues.push({ rule: 'yaml', file, message: e.message.split('\n')[0]!.replace(/:$/, '') });
    return undefined;
  }
  return doc.toJS();
}

const filesIn = (dir: string, pattern: RegExp) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => pattern.test(f))
        .sort()
    : [];

/** Compiles a corpus folder, reporting every problem in every file in one pass. */
export function compileCorpusFolder(root: string): ParseResult {
  if (!existsSync(root) || !statSync(root).isDirectory())
    return { ok: false, issues: [{ rule: 'files', file: root, message: 'no such folder' }] };
  const issues: CorpusIssue[] = [];
  const read = (file: string) => readYaml(root, file, issues);
  const authored: AuthoredCorpus = {
    manifest: read('corpus.yaml'),
    outlets: read('outlets.yaml'),
    actors: read('actors.yaml'),
    topics: read('topics.yaml'),
    documents: filesIn(join(root, 'documents'), /\.ya?ml$/).map((name) => {
      const file = `documents/${name}`;
      return { file, data: read(file) };
    }),
    texts: Object.fromEntries(
      filesIn(join(root, 'texts'), /\.txt$/).map((name) => [
        name,
        readFileSync(join(root, 'texts', name), 'utf8'),
      ]),
    ),
  };
  const result = compileAuthored(authored);
  if (issues.length === 0) return result;
  // A file that could not be read leaves its records out, so the corpus cannot be valid.
  return { ok: false, issues: [...issues, ...(result.ok ? [] : result.issues)] };
}
