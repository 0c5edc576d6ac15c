/** Every kind's generator, and every exercise a corpus determines before any sampling. */
import type { Corpus } from '@attribution-lab/corpus/queries';
import { discernment } from './kinds/discernment.js';
import { figureToOutlet } from './kinds/figure-to-outlet.js';
import { names } from './kinds/names.js';
import { outletToFigure } from './kinds/outlet-to-figure.js';
import { ownVoice } from './kinds/own-voice.js';
import { qualifier } from './kinds/qualifier.js';
import { reporterVsSource } from './kinds/reporter-vs-source.js';
import { spotTheProblem } from './kinds/spot-the-problem.js';
import { timeline } from './kinds/timeline.js';
import { whoDisagrees } from './kinds/who-disagrees.js';
import { whoSaidIt } from './kinds/who-said-it.js';
import { buildLookup, type Lookup } from './lookup.js';
import { EXERCISE_KINDS, type Exercise, type ExerciseKind } from './types.js';

const FROM_LOOKUP: Record<ExerciseKind, (lookup: Lookup) => Exercise[]> = {
  'figure-to-outlet': figureToOutlet,
  'outlet-to-figure': outletToFigure,
  'reporter-vs-source': reporterVsSource,
  'own-voice': ownVoice,
  'who-disagrees': whoDisagrees,
  qualifier,
  timeline,
  names,
  'who-said-it': whoSaidIt,
  'spot-the-problem': spotTheProblem,
  discernment,
};

export type Generator = (corpus: Corpus) => Exercise[];

/** One generator per kind: every exercise of that kind the corpus determines, in a stable order. */
export const generatorsByKind: Readonly<Record<ExerciseKind, Generator>> = Object.fromEntries(
  EXERCISE_KINDS.map((kind) => [kind, (corpus: Corpus) => FROM_LOOKUP[kind](buildLookup(corpus))]),
) as Record<ExerciseKind, Generator>;

/** Every exercise the corpus determines, of the given kinds (all by default), kind by kind. */
export function allExercises(
  corpus: Corpus,
  kinds: readonly ExerciseKind[] = EXERCISE_KINDS,
): Exercise[] {
  const lookup = buildLookup(corpus);
  return kinds.flatMap((kind) => FROM_LOOKUP[kind](lookup));
}
