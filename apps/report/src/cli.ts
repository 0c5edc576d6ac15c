#!/usr/bin/env node
/**
 * attribution-report: writes the briefing (and on request the worksheet) as PDF. Every failure is
 * one line on stderr and a non-zero exit, and no file is touched until its PDF is complete.
 */
// First, so that it applies to every module loaded after it.
import './jit.js';
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus, CorpusLoadError } from './load.js';
import { parseCommand, USAGE, UsageError, type ReportOptions } from './options.js';
import { makeDocument } from './documents.js';
import { countPages } from './pdf/render.js';
import { UnrenderableTextError } from '@attribution-lab/worksheet';
import { OutputError, writeFilesAtomic } from './write.js';

const PAPER_NAMES = { a4: 'A4', letter: 'US Letter' } as const;

async function report(options: ReportOptions, cwd: string): Promise<void> {
  const { corpus, checks } = await loadCorpus(options.corpusFile);
  const known = new Set(corpus.topics.map((t) => t.id));
  const unknown = options.topicIds?.filter((id) => !known.has(id)) ?? [];
  if (unknown.length)
    throw new UsageError(
      `unknown topic ${unknown.map((id) => `"${id}"`).join(', ')}; see --list-topics for the ids`,
    );
  // Render everything before writing anything, and write every file or none, so a failure
  // leaves every previous file as it was.
  const rendered = [];
  for (const output of options.outputs)
    rendered.push({ output, pdf: await makeDocument(output.document, corpus, checks, options) });
  const toFiles = rendered.flatMap(({ output, pdf }) =>
    output.path === null ? [] : [{ path: output.path, bytes: pdf }],
  );
  writeFilesAtomic(toFiles);
  for (const { output, pdf } of rendered) {
    const summary = `${output.document} (${PAPER_NAMES[options.paper]}, ${countPages(pdf)} pages, ${Math.round(pdf.length / 1024)} kB)`;
    if (output.path === null) {
      process.stdout.write(pdf);
      console.error(`Wrote the ${summary} to standard output`);
      continue;
    }
    const inside = relative(cwd, output.path);
    const where = inside && !inside.startsWith('..') ? inside : output.path;
    console.log(`Wrote the ${summary} to ${where}`);
  }
}

async function listTopics(corpusFile: string | null): Promise<void> {
  const { corpus } = await loadCorpus(corpusFile);
  const width = Math.max(...corpus.topics.map((t) => t.id.length));
  for (const topic of corpus.topics)
    console.log(`${topic.id.padEnd(width)}  ${topic.label} (${topic.scope})`);
}

export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const cwd = env.INIT_CWD ?? process.cwd();
  try {
    const command = parseCommand(argv, cwd, env);
    if (command.kind === 'help') console.log(USAGE);
    else if (command.kind === 'list-topics') await listTopics(command.corpusFile);
    else await report(command.options, cwd);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`report: ${error.message} (see --help)`);
      return 2;
    }
    if (error instanceof CorpusLoadError || error instanceof OutputError) {
      console.error(`report: ${error.message}`);
      return 1;
    }
    if (error instanceof UnrenderableTextError) {
      console.error(`report: cannot print the corpus: ${error.message}; nothing was written`);
      return 1;
    }
    throw error;
  }
}

// Run when executed directly, including through the symlink pnpm puts in node_modules/.bin.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
