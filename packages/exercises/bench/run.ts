/**
 * pnpm bench for the exercises: how fast every exercise is generated from the real corpus and from
 * synthetic corpora 10× and 100× its size (the bench harness's syntheticCorpus: the texts repeated
 * under new ids), and how long a teacher's set of 50 takes to draw.
 * Goals (issue 3): 1,000 exercises from the real corpus in under 20 ms; generation time growing no
 * faster than the corpus (timePerDocumentRatio at or below 1).
 */
import { fileURLToPath } from 'node:url';
import { corpus } from '@attribution-lab/corpus';
import {
  measure,
  report,
  summarise,
  syntheticCorpus,
  writeResults,
  type Measurement,
} from '@attribution-lab/bench';
import { allExercises, generateExercises } from '../src/index.js';

const results: Measurement[] = [];
const record = (m: Measurement) => (report(m), results.push(m), m);

/** Every exercise, generated over and over from scratch until at least `wanted` exist. */
function generateAtLeast(source: typeof corpus, wanted: number): number {
  let made = 0;
  while (made < wanted) made += allExercises(source).length;
  return made;
}

const thousand = record(
  await measure(
    'exercises: 1,000+ exercises from the real corpus',
    () => generateAtLeast(corpus, 1000),
    {
      runs: 50,
      extra: { exercisesPerRun: generateAtLeast(corpus, 1000), goalMs: 20 },
    },
  ),
);
thousand.extra!.exercisesPerSecond = Math.round(
  (generateAtLeast(corpus, 1000) / thousand.median) * 1000,
);

// The machine is shared: CPU time spent by this process is less swayed by other work than the clock.
const cpuSamples = Array.from({ length: 50 }, () => {
  const before = process.cpuUsage();
  generateAtLeast(corpus, 1000);
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
});
record(
  summarise('exercises: 1,000+ exercises from the real corpus, CPU time', 'ms', cpuSamples, {
    goalMs: 20,
  }),
);

record(
  await measure(
    'exercises: one set of 50 (generateExercises), real corpus',
    () => generateExercises(corpus, { seed: 'bench', count: 50 }),
    { runs: 30 },
  ),
);

let base: Measurement | null = null;
for (const factor of [1, 10, 100]) {
  const source = factor === 1 ? corpus : syntheticCorpus(corpus, factor);
  const count = allExercises(source).length;
  const m = await measure(
    `exercises: every exercise, ${factor}x corpus`,
    () => allExercises(source),
    {
      runs: factor === 100 ? 5 : 15,
      warmup: 1,
      extra: { documents: source.documents.length, claims: source.claims.length, exercises: count },
    },
  );
  m.extra!.exercisesPerSecond = Math.round((count / m.median) * 1000);
  if (base) {
    // Time relative to the real corpus, per document: 1 means exactly linear, below 1 better.
    m.extra!.timeRatio = m.median / base.median;
    m.extra!.timePerDocumentRatio = m.median / factor / base.median;
  }
  base ??= m;
  record(m);
}

console.log(
  `results: ${writeResults(fileURLToPath(new URL('..', import.meta.url)), '@attribution-lab/exercises', results)}`,
);
