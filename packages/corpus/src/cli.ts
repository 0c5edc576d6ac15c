/**
 * attribution-corpus: validate a corpus and write its exports.
 *
 *   attribution-corpus validate [SOURCE]
 *   attribution-corpus export [SOURCE] --out DIR
 *
 * SOURCE is a folder in the authored form (corpus.yaml, outlets.yaml, actors.yaml, topics.yaml,
 * documents/, texts/) or a corpus.json file. Exit codes: 0 valid, 1 invalid corpus, 2 bad usage or no such SOURCE.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeExports } from './exports/write.js';
import { formatIssue, type CorpusIssue } from './issues.js';
import { safeParseCorpus, type ParseResult } from './parse.js';
import { compileCorpusFolder } from './source/folder.js';

const USAGE = `Usage:
  attribution-corpus validate [SOURCE]          check a corpus; list every problem
  attribution-corpus export [SOURCE] --out DIR  validate, then write into DIR corpus.json, its JSON
                                                Schema, a Frictionless Data Package (CSV) in
                                                datapackage/, and the JSON Schema of each file
                                                of the authored form in authored/

SOURCE is a corpus folder (corpus.yaml, outlets.yaml, actors.yaml, topics.yaml, documents/*.yaml,
texts/*.txt) or a corpus.json file. Default: the data folder bundled with this package.
Exit codes: 0 valid, 1 invalid corpus, 2 bad usage (or no such SOURCE).`;

const BUNDLED_DATA = fileURLToPath(new URL('../data', import.meta.url));

function loadSource(source: string): ParseResult {
  if (statSync(source).isDirectory()) return compileCorpusFolder(source);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    return {
      ok: false,
      issues: [
        { rule: 'json', file: source, message: `not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  const result = safeParseCorpus(data);
  return result.ok
    ? result
    : { ok: false, issues: result.issues.map((i): CorpusIssue => ({ file: source, ...i })) };
}

/** Where the command writes: the console by default, a buffer in the tests. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const CONSOLE: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

export function main(argv: string[], io: Io = CONSOLE): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.err(`attribution-corpus: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, source = BUNDLED_DATA, ...extra] = positionals;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if ((command !== 'validate' && command !== 'export') || extra.length) {
    io.err(
      `attribution-corpus: ${command ? `unknown command or extra argument "${extra[0] ?? command}"` : 'no command given'}\n\n${USAGE}`,
    );
    return 2;
  }
  if (command === 'export' && !values.out) {
    io.err(`attribution-corpus: export needs --out DIR\n\n${USAGE}`);
    return 2;
  }
  if (!existsSync(resolve(source))) {
    io.err(`attribution-corpus: ${source}: no such file or folder\n\n${USAGE}`);
    return 2;
  }
  const result = loadSource(resolve(source));
  if (!result.ok) {
    const problems = count(result.issues.length, 'problem');
    io.err(`${source}: ${problems}${command === 'export' ? '; nothing was written' : ''}.`);
    for (const issue of result.issues) io.err(`  ${formatIssue(issue)}`);
    return 1;
  }
  const { corpus } = result;
  const summary = [
    count(corpus.documents.length, 'document'),
    count(corpus.claims.length, 'claim'),
    count(corpus.topics.length, 'topic'),
    count(corpus.actors.length, 'actor'),
    count(corpus.flags.length, 'flag'),
  ].join(', ');
  if (command === 'validate') {
    io.out(`${source}: valid (${summary})`);
    return 0;
  }
  try {
    const written = writeExports(corpus, resolve(values.out!));
    io.out(`Exported ${summary} to ${resolve(values.out!)}: ${written.length} files`);
    return 0;
  } catch (error) {
    io.err(`attribution-corpus: could not write to ${values.out}: ${(error as Error).message}`);
    return 1;
  }
}
