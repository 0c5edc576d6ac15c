/**
 * pnpm bench for the corpus: load and validate the real corpus in process, then the same on
 * synthetic corpora 10×, 100× and 1000× its size, written to bench/.synthetic/ by this script.
 * Goals (issue 2): real corpus < 30 ms; 1000× < 3 s; ten times the data ≤ twelve times the time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  measure,
  report,
  syntheticCorpus,
  writeResults,
  type Measurement,
} from '@attribution-lab/bench';
import { parseCorpus } from '../src/parse.js';
import { compileCorpusFolder } from '../src/source/folder.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const corpusJson = here('../dist/corpus.json');
const loadAndValidate = (file: string) => parseCorpus(JSON.parse(readFileSync(file, 'utf8')));

const results: Measurement[] = [];
const record = (m: Measurement) => (report(m), results.push(m), m);

const base = loadAndValidate(corpusJson);
const real = record(
  await measure('corpus: load + validate corpus.json (1x)', () => loadAndValidate(corpusJson), {
    runs: 50,
    extra: { documents: base.documents.length, claims: base.claims.length, goalMs: 30 },
  }),
);
record(
  await measure(
    'corpus: compile + validate from YAML sources',
    () => compileCorpusFolder(here('../data')),
    { runs: 20 },
  ),
);

/** Writes a synthetic corpus and lets it go, so the timed runs do not carry it on the heap. */
function writeSynthetic(file: string, factor: number) {
  const synthetic = syntheticCorpus(base, factor);
  writeFileSync(file, JSON.stringify(synthetic));
  return { documents: synthetic.documents.length, claims: synthetic.claims.length };
}

mkdirSync(here('.synthetic'), { recursive: true });
let previous = real;
for (const factor of [10, 100, 1000]) {
  const file = here(`.synthetic/corpus-${factor}x.json`);
  const { documents, claims } = writeSynthetic(file, factor);
  const m = await measure(
    `corpus: load + validate synthetic ${factor}x`,
    () => loadAndValidate(file),
    {
      runs: factor >= 1000 ? 5 : 15,
      warmup: 1,
      isolateHeap: true,
      extra: {
        documents,
        claims,
        ...(factor === 1000 ? { goalMs: 3000 } : {}),
      },
    },
  );
  m.extra!.timeRatioToTenthSize = m.median / previous.median;
  m.extra!.goalRatio = 12;
  record(m);
  previous = m;
}

console.log(`results: ${writeResults(here('..'), '@attribution-lab/corpus', results)}`);
