/**
 * The floor under any start-up trick (a V8 snapshot, a bundle, cached fonts): the default briefing
 * rendered again and again in one process, so that from the second render on the modules are
 * loaded, the fonts parsed and V8's optimised code warm. Run by run.ts in a process of its own;
 * prints each render's time in milliseconds, the first (cold) included, as one JSON line.
 */
import '../dist/jit.js';
import { loadCorpus } from '../dist/load.js';
import { makeDocument } from '../dist/documents.js';
import { parseCommand } from '../dist/options.js';

const RENDERS = Number(process.argv[2] ?? 6);
const command = parseCommand(['--date', process.argv[3] ?? '2026-11-21'], process.cwd(), {});
if (command.kind !== 'report') throw new Error('the bench expected a report command');
const times: number[] = [];
for (let i = 0; i < RENDERS; i++) {
  const start = performance.now();
  const { corpus, checks } = await loadCorpus(command.options.corpusFile);
  await makeDocument('briefing', corpus, checks, command.options);
  times.push(performance.now() - start);
}
console.log(JSON.stringify(times));
